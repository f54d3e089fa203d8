namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>Character classes and bounded scans the detectors share. Every scan is linear and capped.</summary>
internal static class TokenText
{
    public static bool IsAlphanumeric(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    public static bool IsUrlSafe(char c) => IsAlphanumeric(c) || c == '-' || c == '_';

    public static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    public static bool IsUpperBase32(char c) => (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7');

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Index after the run of characters matching <paramref name="accept"/> from <paramref name="start"/>, scanning at most <paramref name="max"/>.</summary>
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
}
