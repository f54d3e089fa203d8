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

    // Which anchors can start at a position, decided from its first three characters before any call. First one bit
    // per character pair (2 KB, stays in the L1 cache): most pairs start no anchor. Then, for the pairs that do, a byte
    // names the pair's slot, and each slot holds the third characters its anchors allow as 128 bits: "re", "pa", "se"
    // start many words, "red", "pas", "sec" far fewer.
    private static readonly byte[] PairSlots = new byte[128 * 128];

    private static readonly ulong[] ThirdCharacters = BuildPrefixFilter(ByFirstCharacters, PairSlots);

    private static readonly ulong[] AnchorPairs = BuildPairBits(PairSlots);

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
            i = ScanBlocks(text, ref findings);
        }
#endif

        // The scalar loop goes from '~' to '~' (an Azure AD client secret's marker): up to five characters before each,
        // token starts also try the marker; everywhere else only anchors are tried, as cheaply as without the marker.
        while (i + 1 < text.Length)
        {
            var tilde = NextTilde(text, i + 2);
            var plainEnd = tilde == int.MaxValue ? text.Length : tilde - 5;
            for (; i < plainEnd && i + 1 < text.Length; i++)
            {
                if (StartsAnchorPrefix(text, i) && TokenText.StartsToken(text, i) && MatchAt(text, i, ref findings) is var length and > 0)
                {
                    i += length - 1;
                }
            }

            for (; i <= tilde - 2 && i + 1 < text.Length; i++)
            {
                if (TokenText.StartsToken(text, i) && MatchAtTokenStart(text, i, markerNear: true, ref findings) is var end and > 0)
                {
                    i = end - 1;
                }
            }
        }

        return (IReadOnlyList<SecretFinding>?)findings ?? Array.Empty<SecretFinding>();
    }

#if NET
    /// <summary>The vector loop over whole blocks of sixteen characters (kept apart so the JIT inlines its helpers); returns where the scalar loop goes on.</summary>
    [MethodImpl(Hot.Loop)]
    private static int ScanBlocks(string text, ref List<SecretFinding>? findings)
    {
        var i = 0;
        var resume = 0;
        var tildesHere = TokenStarts.Tildes(text, 0);
        for (; i + TokenStarts.BlockLength <= text.Length; i += TokenStarts.BlockLength)
        {
            // Inline for every whole next block; only the last, short one goes through the character loop.
            var tildesNext = i + (2 * TokenStarts.BlockLength) <= text.Length ? TokenStarts.TildesInBlock(text, i + TokenStarts.BlockLength) : TokenStarts.Tildes(text, i + TokenStarts.BlockLength);
            var markers = TokenStarts.MarkersNear(tildesHere, tildesNext);
            tildesHere = tildesNext;
            var starts = TokenStarts.InBlock(text, i);
            if (markers == 0)
            {
                // The usual block: no '~' near, so only anchors can start a finding.
                for (; starts != 0; starts &= starts - 1)
                {
                    var at = i + System.Numerics.BitOperations.TrailingZeroCount(starts);
                    if (at >= resume && StartsAnchorPrefix(text, at) && MatchAt(text, at, ref findings) is var length and > 0)
                    {
                        resume = at + length;
                    }
                }

                continue;
            }

            for (; starts != 0; starts &= starts - 1)
            {
                var offset = System.Numerics.BitOperations.TrailingZeroCount(starts);
                var at = i + offset;
                var markerNear = ((markers >> offset) & 1) != 0;
                if (at >= resume && (markerNear || StartsAnchorPrefix(text, at)) && MatchAtTokenStart(text, at, markerNear, ref findings) is var end and > 0)
                {
                    resume = end;
                }
            }
        }

        return Math.Max(i, resume);
    }
#endif

    /// <summary>
    /// A finding starting at token start <paramref name="i"/> (an anchored shape, else an Azure AD client secret); where it
    /// ends, or 0. Callers first ask <see cref="StartsAnchorPrefix"/> or whether a '~' is near (<see cref="NextTilde"/>): most token starts fail both.
    /// </summary>
    [MethodImpl(Hot.Loop)]
    private static int MatchAtTokenStart(string text, int i, bool markerNear, ref List<SecretFinding>? findings)
    {
        if (StartsAnchorPrefix(text, i) && MatchAt(text, i, ref findings) is var length and > 0)
        {
            return i + length;
        }

        if (markerNear
            && AzureAdClientSecretDetector.MatchAtTokenStart(text, i, out var start) is var secretLength and > 0
            && !IsPlaceholder(text, start, secretLength)
            && (findings is null || findings.Count == 0 || findings[findings.Count - 1].Start + findings[findings.Count - 1].Length <= start))
        {
            (findings ??= new List<SecretFinding>()).Add(SecretFinding.Create(AzureAdClientSecretDetector.Instance, text, start, secretLength));
            return start + secretLength;
        }

        return 0;
    }

    /// <summary>
    /// The first '~' at or after <paramref name="from"/>, or <see cref="int.MaxValue"/>. An Azure AD client secret's marker
    /// <c>Q~</c> puts a '~' two to five characters after the token start the scanner sees (depending on how many of the
    /// secret's first characters are '.' or '~'). The scalar loop remembers the next '~' and searches again only once
    /// past it, so its searches together read the text once (the block loop reads '~' from its vectors instead).
    /// </summary>
    private static int NextTilde(string text, int from)
    {
        var next = from >= text.Length ? -1 : text.IndexOf('~', from);
        return next < 0 ? int.MaxValue : next;
    }

    /// <summary>Whether the three characters at <paramref name="i"/> begin some anchor (every anchor has three or more).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsAnchorPrefix(string text, int i)
    {
        if (i + 2 >= text.Length)
        {
            return false;
        }

        var first = text[i];
        var second = text[i + 1];
        if ((first | second) >= 128)
        {
            return false;
        }

        var pair = (first << 7) | second;
        if ((AnchorPairs[pair >> 6] & (1UL << (pair & 63))) == 0)
        {
            return false;
        }

        var third = text[i + 2];
        return third < 128 && (ThirdCharacters[(PairSlots[pair] << 1) | (third >> 6)] & (1UL << (third & 63))) != 0;
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

        var (secretStart, secretLength) = best.SecretSpan(text, i, bestLength);
        (findings ??= new List<SecretFinding>()).Add(SecretFinding.Create(best, text, secretStart, secretLength));
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

    private static ulong[] BuildPrefixFilter((string Anchor, SecretDetector Detector)[]?[] table, byte[] slots)
    {
        var thirds = new List<ulong> { 0, 0 };
        for (var pair = 0; pair < table.Length; pair++)
        {
            if (table[pair] is not { } anchors)
            {
                continue;
            }

            var slot = thirds.Count / 2;
            if (slot > byte.MaxValue)
            {
                throw new InvalidOperationException("More than 255 anchor pairs: widen PairSlots.");
            }

            slots[pair] = (byte)slot;
            ulong low = 0, high = 0;
            foreach (var (anchor, _) in anchors)
            {
                if (anchor.Length < 3 || anchor[2] >= 128)
                {
                    throw new InvalidOperationException($"Anchor '{anchor}' is shorter than three characters or not ASCII: the prefix filter needs three.");
                }

                var third = anchor[2];
                if (third < 64)
                {
                    low |= 1UL << third;
                }
                else
                {
                    high |= 1UL << (third & 63);
                }
            }

            thirds.Add(low);
            thirds.Add(high);
        }

        return thirds.ToArray();
    }

    private static ulong[] BuildPairBits(byte[] slots)
    {
        var bits = new ulong[slots.Length / 64];
        for (var pair = 0; pair < slots.Length; pair++)
        {
            if (slots[pair] != 0)
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
