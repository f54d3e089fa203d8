using Eval752.Guardrails.Runtime.Vault;

namespace Eval752.Guardrails.Runtime.AspNetCore.Providers;

/// <summary>Provider metadata as the API returns it (DESIGN section 7). There is no field that could hold a secret.</summary>
public sealed record ProviderResponse(
    Guid Id,
    string Name,
    string Kind,
    string Fingerprint,
    string KeyId,
    long SecretVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? PreviousFingerprint = null)
{
    public static ProviderResponse From(ProviderMetadata provider, string? previousFingerprint = null) => new(
        provider.Id,
        provider.Name,
        provider.Kind,
        provider.Fingerprint,
        provider.KeyId.ToString(),
        provider.SecretVersion,
        provider.CreatedAt,
        provider.UpdatedAt,
        previousFingerprint);
}
