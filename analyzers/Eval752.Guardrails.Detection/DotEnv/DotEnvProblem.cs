namespace Eval752.Guardrails.Detection.DotEnv;

/// <summary>A line the parser could not read as intended, with an actionable message (never a value).</summary>
internal sealed record DotEnvProblem(DotEnvProblemKind Kind, int Line, int Column, string Message);
