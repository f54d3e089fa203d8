using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using Eval752.Guardrails.Detection.Secrets.Detectors;

namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// Finds provider secrets of known shapes in text in one pass: a table indexed by the first two
/// characters selects the few anchors that can start at each position, and only an anchor hit runs its detector's bounded
/// structural check. No regular expressions; time is linear in the text (each check reads a capped
/// number of characters). Tokens that say they are placeholders (EXAMPLE, xxxx…) are not findings.
/// </summary>
internal static class SecretScanner
{
    private static readonly SecretDetector[] Detectors =
    {
        new OpenAiDetector(),
        new AnthropicDetector(),
        new HuggingFaceDetector(),
        new GitHubDetector(),
        new AwsAccessKeyDetector(),
        new SlackDetector(),
        new StripeDetector(),
        new GoogleApiKeyDetector(),
        new FixedBodyDetector("groq", "gsk_", TokenText.IsAlphanumeric, 52),
        new LangSmithDetector(),
        new SendGridDetector(),
        new JwtDetector(),
        new PrivateKeyDetector(),
        new AzureKeyDetector(),
        AwsSecretAccessKeyDetector.Instance,
        AzureAdClientSecretDetector.Instance,
        new ConnectionStringPasswordDetector(),
        new UrlCredentialsDetector(),
        new AuthorizationHeaderDetector(),
    };

    private static readonly string[] PlaceholderWords = { "example", "xxxxxxxx", "placeholder", "dummy", "sample", "redacted", "changeme", "your_", "your-" };

    private static readonly (string Anchor, SecretDetector Detector)[]?[] ByFirstCharacters = BuildAnchorTable();

    // One bit per slot of ByFirstCharacters (2 KB, stays in the L1 cache): most character pairs of a text start no
    // anchor, and testing a bit is cheaper than loading the 128 KB reference table's slot for every character.
    private static readonly ulong[] AnchorPairs = BuildPairBits(ByFirstCharacters);

    // The block loop only visits token starts; that is every position an anchor can match only while each anchor
    // begins with a token character (they all do; an anchor like "=secret" would switch the block loop off).
    private static readonly bool AnchorsStartTokens = Array.TrueForAll(Detectors, d => AllStartTokens(d.Anchors));

    public static IReadOnlyList<SecretDetector> All => Detectors;

    public static IReadOnlyList<SecretFinding> Scan(string text) => Scan(text, vectorized: true);

    /// <summary>As <see cref="Scan(string)"/>; <paramref name="vectorized"/> false forces the scalar loop (tests compare both).</summary>
    [MethodImpl(Hot.Loop)]
    internal static IReadOnlyList<SecretFinding> Scan(string text, bool vectorized)
    {
        List<SecretFinding>? findings = null;
        var i = 0;
#if NET
        if (vectorized && TokenStarts.IsAccelerated && AnchorsStartTokens)
        {
            var resume = 0;
            for (; i + TokenStarts.BlockLength <= text.Length; i += TokenStarts.BlockLength)
            {
                for (var starts = TokenStarts.InBlock(text, i); starts != 0; starts &= starts - 1)
                {
                    var at = i + System.Numerics.BitOperations.TrailingZeroCount(starts);
                    if (at >= resume && MatchAtTokenStart(text, at, ref findings) is var end and > 0)
                    {
                        resume = end;
                    }
                }
            }

            i = Math.Max(i, resume);
        }
#endif
        for (; i + 1 < text.Length; i++)
        {
            if (TokenText.StartsToken(text, i) && MatchAtTokenStart(text, i, ref findings) is var end and > 0)
            {
                i = end - 1;
            }
        }

        return (IReadOnlyList<SecretFinding>?)findings ?? Array.Empty<SecretFinding>();
    }

    /// <summary>A finding starting at token start <paramref name="i"/> (an anchored shape, else an Azure AD client secret); where it ends, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MatchAtTokenStart(string text, int i, ref List<SecretFinding>? findings)
    {
        if (StartsAnchorPair(text, i) && MatchAt(text, i, ref findings) is var length and > 0)
        {
            return i + length;
        }

        // Its marker sits inside the token: two character reads decide, before anything else is read.
        if (AzureAdClientSecretDetector.MatchAtTokenStart(text, i, out var start) is var secretLength and > 0
            && !IsPlaceholder(text, start, secretLength)
            && (findings is null || findings.Count == 0 || findings[findings.Count - 1].Start + findings[findings.Count - 1].Length <= start))
        {
            (findings ??= new List<SecretFinding>()).Add(SecretFinding.Create(AzureAdClientSecretDetector.Instance, text, start, secretLength));
            return start + secretLength;
        }

        return 0;
    }

    /// <summary>Whether the two characters at <paramref name="i"/> begin some anchor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsAnchorPair(string text, int i)
    {
        if (i + 1 >= text.Length)
        {
            return false;
        }

        var first = text[i];
        var second = text[i + 1];
        var pair = (first << 7) | second;
        return (first | second) < 128 && (AnchorPairs[pair >> 6] & (1UL << (pair & 63))) != 0;
    }

    /// <summary>The longest detector match at a token start whose first two characters begin an anchor; its length, or 0.</summary>
    [MethodImpl(Hot.Loop)]
    private static int MatchAt(string text, int i, ref List<SecretFinding>? findings)
    {
        var bestLength = 0;
        SecretDetector? best = null;
        foreach (var (anchor, detector) in ByFirstCharacters[(text[i] << 7) | text[i + 1]]!)
        {
            if (TokenText.HasAt(text, i, anchor))
            {
                var length = detector.Match(text, i, anchor);
                if (length > bestLength)
                {
                    bestLength = length;
                    best = detector;
                }
            }
        }

        if (best is null || IsPlaceholder(text, i, bestLength))
        {
            return 0;
        }

        (findings ??= new List<SecretFinding>()).Add(SecretFinding.Create(best, text, i, bestLength));
        return bestLength;
    }

    private static bool AllStartTokens(IReadOnlyList<string> anchors)
    {
        foreach (var anchor in anchors)
        {
            if (!TokenText.IsUrlSafe(anchor[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlaceholder(string text, int start, int length)
    {
        foreach (var word in PlaceholderWords)
        {
            if (TokenText.ContainsOrdinalIgnoreCase(text, start, length, word))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong[] BuildPairBits((string, SecretDetector)[]?[] table)
    {
        var bits = new ulong[table.Length / 64];
        for (var pair = 0; pair < table.Length; pair++)
        {
            if (table[pair] is not null)
            {
                bits[pair >> 6] |= 1UL << (pair & 63);
            }
        }

        return bits;
    }

    /// <summary>Anchors by their first two (ASCII) characters: 16,384 slots, almost all empty.</summary>
    private static (string, SecretDetector)[]?[] BuildAnchorTable()
    {
        var lists = new List<(string, SecretDetector)>?[128 * 128];
        foreach (var detector in Detectors)
        {
            foreach (var anchor in detector.Anchors)
            {
                (lists[(anchor[0] << 7) | anchor[1]] ??= new List<(string, SecretDetector)>()).Add((anchor, detector));
            }
        }

        var table = new (string, SecretDetector)[]?[lists.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            table[i] = lists[i]?.ToArray();
        }

        return table;
    }
}
