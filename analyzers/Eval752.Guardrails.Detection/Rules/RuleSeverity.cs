namespace Eval752.Guardrails.Detection.Rules;

internal enum RuleSeverity
{
    Info,
    Warning,
    Error,
}
