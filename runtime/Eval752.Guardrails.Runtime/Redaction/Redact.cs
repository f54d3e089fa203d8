using Eval752.Guardrails.Detection.Findings;

namespace Eval752.Guardrails.Runtime.Redaction;

/// <summary>
/// What to log instead of a secret: <c>[redacted:&lt;fingerprint&gt;]</c>, the product's one fingerprint (HMAC-SHA256
/// under a fixed public key, 16 hex characters), so two log lines about the same key can be matched and a key can be
/// found in the vault's audit trail, without the value. The EG0101/EG0102 code fix wraps flagged values in
/// <see cref="Secret(string?)"/>.
/// </summary>
public static class Redact
{
    /// <summary><c>[redacted:&lt;fingerprint&gt;]</c>, or <c>[empty]</c> for null or empty text.</summary>
    public static string Secret(string? value) =>
        string.IsNullOrEmpty(value) ? "[empty]" : $"[redacted:{SecretFingerprint.Of(value)}]";

    /// <summary>The same for secret bytes (a key, a token read as UTF-8).</summary>
    public static string Secret(byte[]? value) =>
        value is null || value.Length == 0 ? "[empty]" : $"[redacted:{SecretFingerprint.Of(value)}]";
}
