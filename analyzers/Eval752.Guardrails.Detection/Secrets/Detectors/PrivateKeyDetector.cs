using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// PEM private keys (<c>-----BEGIN … PRIVATE KEY-----</c>: RSA, EC, DSA, OPENSSH, ENCRYPTED, PKCS#8)
/// with at least 64 base64 characters of body, whether the body has real newlines, escaped <c>\n</c>,
/// or is split across concatenated string literals. Public keys and certificates are not secrets.
/// </summary>
internal sealed class PrivateKeyDetector : SecretDetector
{
    private const string Begin = "-----BEGIN ";
    private const string Dashes = "-----";
    private const string LabelSuffix = "PRIVATE KEY";
    private const int MaxBody = 16384;
    private const int MinimumBody = 64;

    public override string Kind => "private-key";

    public override IReadOnlyList<string> Anchors { get; } = new[] { Begin };

    public override int Match(string text, int start, string anchor)
    {
        var labelStart = start + Begin.Length;
        var labelEnd = text.IndexOf(Dashes, labelStart, Math.Min(40, text.Length - labelStart), StringComparison.Ordinal);
        if (labelEnd < 0 || labelEnd - labelStart < LabelSuffix.Length
            || string.CompareOrdinal(text, labelEnd - LabelSuffix.Length, LabelSuffix, 0, LabelSuffix.Length) != 0)
        {
            return 0;
        }

        var bodyStart = labelEnd + Dashes.Length;
        var base64 = 0;
        var position = bodyStart;
        var limit = Math.Min(text.Length, bodyStart + MaxBody);
        while (position < limit)
        {
            var c = text[position];
            if (c == '-' && string.CompareOrdinal(text, position, "-----END ", 0, 9) == 0)
            {
                var close = text.IndexOf(Dashes, position + 9, Math.Min(40, text.Length - position - 9), StringComparison.Ordinal);
                return base64 >= MinimumBody && close > 0 ? close + Dashes.Length - start : 0;
            }

            if (IsBase64(c))
            {
                base64++;
            }
            else if (c == '\\' && position + 1 < text.Length && (text[position + 1] == 'n' || text[position + 1] == 'r'))
            {
                position++;
            }
            else if (!IsSeparator(c))
            {
                break;
            }

            position++;
        }

        // No END marker in reach: report the header and body read so far (a truncated or split key is still a leak).
        return base64 >= MinimumBody ? position - start : 0;
    }

    private static bool IsBase64(char c) => TokenText.IsAlphanumeric(c) || c == '+' || c == '/' || c == '=';

    // Whitespace, and the quotes and '+' of literals concatenated across lines.
    private static bool IsSeparator(char c) => c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ',' || c == ':';
}
