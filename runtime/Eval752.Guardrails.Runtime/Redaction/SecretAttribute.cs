using Microsoft.Extensions.Compliance.Classification;

namespace Eval752.Guardrails.Runtime.Redaction;

/// <summary>
/// Marks a member, parameter or <c>[LoggerMessage]</c> argument as a secret: the compliance redactor
/// replaces it with its fingerprint, and the guardrails analyzers treat it as a secret source.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class SecretAttribute : DataClassificationAttribute
{
    public SecretAttribute()
        : base(Eval752DataClassifications.Secret)
    {
    }
}
