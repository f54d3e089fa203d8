using System.Security.Cryptography;
using System.Text;

namespace Eval752.Guardrails.Detection.Findings;

/// <summary>
/// The one way the product refers to a secret: HMAC-SHA256 of the value under a fixed, public key,
/// as the first 16 lowercase hex characters. Stable across tools (analyzer, CLI, runtime, audit log)
/// so a finding can be matched to a stored secret without anyone seeing either.
/// </summary>
internal static class SecretFingerprint
{
    public const int Length = 16;

    // Public on purpose: the fingerprint hides the value from readers of logs, not from someone
    // who already holds a candidate value and wants to check it.
#pragma warning disable EG0004 // A published, fixed HMAC key by design (DESIGN section 4), not a secret.
    private static readonly byte[] FingerprintKey = Encoding.ASCII.GetBytes("eval752/fingerprint/v1");
#pragma warning restore EG0004

    public static string Of(string value) => Of(Encoding.UTF8.GetBytes(value));

    public static string Of(byte[] value)
    {
        using var hmac = new HMACSHA256(FingerprintKey);
        var hash = hmac.ComputeHash(value);
        var builder = new StringBuilder(Length);
        for (var i = 0; i < Length / 2; i++)
        {
            builder.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
