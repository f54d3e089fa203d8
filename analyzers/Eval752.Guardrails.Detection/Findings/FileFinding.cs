using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Detection.Findings;

/// <summary>
/// A rule violation in a file that is not C#: what MSBuild tasks log and the CLI prints.
/// Lines and columns are 1-based; 0 means the whole file. The message never holds a secret value.
/// <see cref="Fingerprint"/> is the value's own fingerprint when the rule keys baseline entries by it (the C# literal
/// rules, when <c>eval752-guard scan</c> runs them); otherwise the finding is keyed by its line's content.
/// </summary>
internal sealed record FileFinding(RuleInfo Rule, string Path, int Line, int Column, string Message, string? Fingerprint = null)
{
    public override string ToString() => $"{Path}({Line},{Column}): {Rule.Id}: {Message}";
}
