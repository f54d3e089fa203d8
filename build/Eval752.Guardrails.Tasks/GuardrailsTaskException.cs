using System;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Tasks;

/// <summary>An expected failure a task reports as a coded error at a file, not as a crash.</summary>
public sealed class GuardrailsTaskException : Exception
{
    public GuardrailsTaskException(string ruleId, string? file, string message)
        : base(message)
    {
        RuleId = ruleId;
        File = file;
    }

    public GuardrailsTaskException()
        : this(DiagnosticIds.TaskFailure, null, "The guardrails task failed.")
    {
    }

    public GuardrailsTaskException(string message)
        : this(DiagnosticIds.TaskFailure, null, message)
    {
    }

    public GuardrailsTaskException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleId = DiagnosticIds.TaskFailure;
    }

    public string RuleId { get; }

    public string? File { get; }
}
