namespace Eval752.Guardrails.Detection.Rules;

/// <summary>Where a rule runs: in the compiler (live in the IDE) or in an MSBuild task.</summary>
internal enum RuleHost
{
    Analyzer,
    Task,
}
