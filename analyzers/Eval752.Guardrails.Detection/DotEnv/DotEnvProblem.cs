namespace Eval752.Guardrails.Detection.DotEnv;

/// <summary>A line the parser could not read as intended, with an actionable message (never a value).</summary>
internal sealed class DotEnvProblem
{
    public DotEnvProblem(DotEnvProblemKind kind, int line, int column, string message)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Message = message;
    }

    public DotEnvProblemKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    public string Message { get; }
}
