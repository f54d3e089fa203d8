using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// GitHub tokens. Classic (<c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>): 30 base62
/// characters and a 6-character base62 CRC32 of them, which this detector verifies. Fine-grained
/// (<c>github_pat_</c>): 22 + <c>_</c> + 59 base62 characters.
/// </summary>
internal sealed class GitHubDetector : SecretDetector
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string FineGrained = "github_pat_";

    public override string Kind => "github";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_", FineGrained };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        if (anchor == FineGrained)
        {
            var first = TokenText.RunEnd(text, bodyStart, TokenText.IsAlphanumeric, 22);
            if (first - bodyStart != 22 || first >= text.Length || text[first] != '_')
            {
                return 0;
            }

            var second = TokenText.RunEnd(text, first + 1, TokenText.IsAlphanumeric, 59);
            return second - (first + 1) == 59 && TokenText.EndsToken(text, second, TokenText.IsUrlSafe) ? second - start : 0;
        }

        var end = TokenText.RunEnd(text, bodyStart, TokenText.IsAlphanumeric, 36);
        return end - bodyStart == 36 && TokenText.EndsToken(text, end, TokenText.IsUrlSafe) && ChecksumMatches(text, bodyStart) ? end - start : 0;
    }

    /// <summary>The last 6 characters are the base62 CRC32 of the first 30.</summary>
    internal static bool ChecksumMatches(string text, int bodyStart)
    {
        var crc = Crc32.Compute(text, bodyStart, 30);
        ulong stored = 0;
        for (var i = bodyStart + 30; i < bodyStart + 36; i++)
        {
            var digit = Base62.IndexOf(text[i]);
            if (digit < 0)
            {
                return false;
            }

            stored = (stored * 62) + (ulong)digit;
        }

        return stored == crc;
    }

    internal static string Checksum(string payload)
    {
        var value = Crc32.Compute(payload, 0, payload.Length);
        var digits = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            digits[i] = Base62[(int)(value % 62)];
            value /= 62;
        }

        return new string(digits);
    }
}
