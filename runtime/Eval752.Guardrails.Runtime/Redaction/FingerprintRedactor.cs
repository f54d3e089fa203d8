using Eval752.Guardrails.Detection.Findings;
using Microsoft.Extensions.Compliance.Redaction;

namespace Eval752.Guardrails.Runtime.Redaction;

/// <summary>
/// A <see cref="Redactor"/> for <see cref="Eval752DataClassifications.Secret"/>: writes
/// <c>[redacted:&lt;fingerprint&gt;]</c>, so logs still show which secret was involved without showing it.
/// </summary>
public sealed class FingerprintRedactor : Redactor
{
    private const int Length = 10 + SecretFingerprint.Length + 1;

    public override int GetRedactedLength(ReadOnlySpan<char> input) => input.IsEmpty ? 0 : Length;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (source.IsEmpty)
        {
            return 0;
        }

        var text = $"[redacted:{SecretFingerprint.Of(source.ToString())}]";
        text.AsSpan().CopyTo(destination);
        return text.Length;
    }
}
