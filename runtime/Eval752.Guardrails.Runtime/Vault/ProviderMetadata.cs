using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Runtime.Vault;

/// <summary>Everything about a provider except its secret: what APIs return and logs may show.</summary>
public sealed record ProviderMetadata(
    Guid Id,
    string Name,
    string Kind,
    string Fingerprint,
    KeyId KeyId,
    long SecretVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
