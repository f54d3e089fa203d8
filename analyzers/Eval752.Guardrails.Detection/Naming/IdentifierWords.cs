using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Naming;

/// <summary>
/// Splits identifiers and configuration keys into lower-case words: camelCase, PascalCase,
/// SCREAMING_SNAKE, kebab-case, dotted and colon paths (<c>Providers:OpenAI:ApiKey</c>,
/// <c>Providers__OpenAI__ApiKey</c>). Acronyms stay whole: <c>AESKey</c> is <c>aes key</c>.
/// </summary>
internal static class IdentifierWords
{
    public static IReadOnlyList<string> Split(string identifier)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(identifier, ref start, i, words);
                continue;
            }

            if (start >= 0 && IsBoundary(identifier, i))
            {
                Flush(identifier, ref start, i, words);
            }

            if (start < 0)
            {
                start = i;
            }
        }

        Flush(identifier, ref start, identifier.Length, words);
        return words;
    }

    private static bool IsBoundary(string s, int i)
    {
        var previous = s[i - 1];
        var current = s[i];
        if (char.IsUpper(current))
        {
            // fooBar, or the last capital of an acronym followed by a lower-case letter: AESKey -> AES|Key.
            return char.IsLower(previous) || char.IsDigit(previous)
                || (char.IsUpper(previous) && i + 1 < s.Length && char.IsLower(s[i + 1]));
        }

        // Digits stay with the word before them (Base64, Sha256); a letter after digits starts a word.
        return char.IsLetter(current) && char.IsDigit(previous) && !(i + 1 < s.Length && char.IsDigit(s[i + 1]));
    }

    private static void Flush(string s, ref int start, int end, List<string> words)
    {
        if (start >= 0 && end > start)
        {
            words.Add(s.Substring(start, end - start).ToLowerInvariant());
        }

        start = -1;
    }
}
