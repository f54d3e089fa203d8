using System;
using System.Collections.Generic;
using System.Text;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// Signed JSON Web Tokens: three base64url segments whose header decodes to a JSON object naming an
/// <c>alg</c>, with a non-empty signature. The jwt.io / RFC 7519 sample tokens are public and not reported.
/// </summary>
internal sealed class JwtDetector : SecretDetector
{
    private const int MaxSegment = 8192;

    // Signatures of the published sample tokens (jwt.io's HS256 example, RFC 7519 section 3.1).
    private static readonly string[] PublishedSignatures =
    {
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    };

    public override string Kind => "jwt";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "eyJ" };

    public override int Match(string text, int start, string anchor)
    {
        var headerEnd = TokenText.RunEnd(text, start, IsBase64Url, MaxSegment);
        if (headerEnd >= text.Length || text[headerEnd] != '.' || !HeaderNamesAlgorithm(text, start, headerEnd - start))
        {
            return 0;
        }

        var payloadEnd = TokenText.RunEnd(text, headerEnd + 1, IsBase64Url, MaxSegment);
        if (payloadEnd - headerEnd < 4 || payloadEnd >= text.Length || text[payloadEnd] != '.')
        {
            return 0;
        }

        var signatureEnd = TokenText.RunEnd(text, payloadEnd + 1, IsBase64Url, MaxSegment);
        var signatureLength = signatureEnd - (payloadEnd + 1);
        if (signatureLength < 16)
        {
            return 0;
        }

        foreach (var published in PublishedSignatures)
        {
            if (published.Length == signatureLength && string.CompareOrdinal(text, payloadEnd + 1, published, 0, signatureLength) == 0)
            {
                return 0;
            }
        }

        return signatureEnd - start;
    }

    private static bool IsBase64Url(char c) => TokenText.IsUrlSafe(c);

    private static bool HeaderNamesAlgorithm(string text, int start, int length)
    {
        var base64 = new StringBuilder(length + 3);
        for (var i = start; i < start + length; i++)
        {
            base64.Append(text[i] switch { '-' => '+', '_' => '/', var c => c });
        }

        while (base64.Length % 4 != 0)
        {
            base64.Append('=');
        }

        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(base64.ToString())).Trim();
            return json.StartsWith("{", StringComparison.Ordinal) && json.EndsWith("}", StringComparison.Ordinal)
                && json.IndexOf("\"alg\"", StringComparison.Ordinal) >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
