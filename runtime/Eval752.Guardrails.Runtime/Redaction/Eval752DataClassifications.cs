using Microsoft.Extensions.Compliance.Classification;

namespace Eval752.Guardrails.Runtime.Redaction;

/// <summary>The data classification taxonomy for eval_752 secrets (Microsoft.Extensions.Compliance).</summary>
public static class Eval752DataClassifications
{
    public const string TaxonomyName = "Eval752";

    /// <summary>Provider API keys, passwords, tokens, master keys: never logged, only fingerprinted.</summary>
    public static DataClassification Secret { get; } = new(TaxonomyName, nameof(Secret));
}
