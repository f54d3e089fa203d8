using System.Runtime.CompilerServices;

namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// Character classes and bounded scans the detectors share. Every scan is linear and capped. The predicates are
/// passed as delegates (never inlined) and called for most characters of a text, so they are marked
/// <see cref="Hot.Loop"/> like the loops themselves: a scan ends before tiered compilation would have optimized them.
/// </summary>
internal static class TokenText
{
    [MethodImpl(Hot.Loop)]
    public static bool IsAlphanumeric(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    [MethodImpl(Hot.Loop)]
    public static bool IsUrlSafe(char c) => IsAlphanumeric(c) || c == '-' || c == '_';

    [MethodImpl(Hot.Loop)]
    public static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    [MethodImpl(Hot.Loop)]
    public static bool IsUpperBase32(char c) => (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7');

    [MethodImpl(Hot.Loop)]
    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Index after the run of characters matching <paramref name="accept"/> from <paramref name="start"/>, scanning at most <paramref name="max"/>.</summary>
    [MethodImpl(Hot.Loop)]
    public static int RunEnd(string text, int start, System.Func<char, bool> accept, int max)
    {
        var end = start;
        var limit = System.Math.Min(text.Length, start + max + 1);
        while (end < limit && accept(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>True when the character before <paramref name="start"/> cannot continue a token (so the anchor starts one).</summary>
    public static bool StartsToken(string text, int start) => start == 0 || !IsUrlSafe(text[start - 1]);

    /// <summary>True when the character at <paramref name="end"/> cannot continue a token of <paramref name="accept"/>.</summary>
    public static bool EndsToken(string text, int end, System.Func<char, bool> accept) => end >= text.Length || !accept(text[end]);

    /// <summary>Distinct characters in a span, counted up to <paramref name="enough"/>: placeholders repeat a few characters.</summary>
    public static bool HasVariety(string text, int start, int length, int enough)
    {
        var seen = new System.Collections.Generic.HashSet<char>();
        for (var i = start; i < start + length && seen.Count < enough; i++)
        {
            seen.Add(text[i]);
        }

        return seen.Count >= enough;
    }

    [MethodImpl(Hot.Loop)]
    public static bool ContainsOrdinalIgnoreCase(string text, int start, int length, string word)
    {
        var limit = start + length - word.Length;
        for (var i = start; i <= limit; i++)
        {
            if (string.Compare(text, i, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> occurs at <paramref name="index"/>: a plain loop, as anchors are a few characters (no call into the span helpers).</summary>
    [MethodImpl(Hot.Loop)]
    public static bool HasAt(string text, int index, string word)
    {
        if (index < 0 || index > text.Length - word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (text[index + i] != word[i])
            {
                return false;
            }
        }

        return true;
    }
}
