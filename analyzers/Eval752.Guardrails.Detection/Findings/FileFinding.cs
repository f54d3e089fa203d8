using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Detection.Findings;

/// <summary>
/// A rule violation in a file that is not C#: what MSBuild tasks log and the CLI prints.
/// Lines and columns are 1-based; 0 means the whole file. The message never holds a secret value.
/// </summary>
internal sealed class FileFinding
{
    public FileFinding(RuleInfo rule, string path, int line, int column, string message)
    {
        Rule = rule;
        Path = path;
        Line = line;
        Column = column;
        Message = message;
    }

    public RuleInfo Rule { get; }

    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    public string Message { get; }

    public override string ToString() => $"{Path}({Line},{Column}): {Rule.Id}: {Message}";
}
