using Eval752.Guardrails.Runtime.Secrets;

namespace Eval752.Guardrails.Runtime.Vault;

/// <summary>What <c>PATCH /providers/{id}</c> changes: a new API key and/or metadata. Null means unchanged.</summary>
public sealed record ProviderUpdate(ProviderSecret? ApiKey = null, string? Name = null, string? Kind = null)
{
    public bool IsEmpty => ApiKey is null && Name is null && Kind is null;
}
