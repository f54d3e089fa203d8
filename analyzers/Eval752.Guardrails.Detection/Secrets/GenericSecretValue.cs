using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// Whether a value stored under a secret name looks like a real secret rather than a label, message,
/// path, variable or header name, template, connection string or placeholder: 6+ characters, no
/// whitespace, at least 5 distinct characters, a mix of character classes (two of lower, upper, digit,
/// symbol), no template characters. JWT-shaped values are EG0001's (which knows the published samples).
/// Linear, no regex.
/// </summary>
internal static class GenericSecretValue
{
    public const int MinimumLength = 6;

    public static bool IsPlausible(string value) => HasSecretShape(value) && !IsNameOrPlaceholder(value);

    /// <summary>
    /// The cheap half of <see cref="IsPlausible"/>: one allocation-free pass over the characters. Callers
    /// with a costlier check of their own (a semantic name lookup) run it between the two halves.
    /// </summary>
    public static bool HasSecretShape(string value) => HasSecretShape(value, 0, value.Length);

    /// <summary>
    /// <see cref="HasSecretShape(string)"/> over <c>text[start..start+length]</c>, so file readers can reject a value
    /// before allocating it (most values in a configuration file are not secret-shaped).
    /// </summary>
    [MethodImpl(Hot.Loop)]
    public static bool HasSecretShape(string text, int start, int length)
    {
        if (length < MinimumLength || length > 4096)
        {
            return false;
        }

        // One allocation-free pass rejects most literals (prose has spaces) before any other check.
        bool lower = false, upper = false, digit = false, symbol = false;
        ulong seenLow = 0, seenHigh = 0;
        var distinct = 0;
        var templateCharacter = false;
        bool equals = false, semicolon = false;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            templateCharacter |= c is '{' or '}' or '$' or '<' or '>' or '%';
            equals |= c == '=';
            semicolon |= c == ';';
            if (c <= ' ' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }

            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
            symbol |= !TokenText.IsAlphanumeric(c);
            if (c < 128 && distinct < 5)
            {
                var bit = 1UL << (c & 63);
                ref var set = ref c < 64 ? ref seenLow : ref seenHigh;
                if ((set & bit) == 0)
                {
                    set |= bit;
                    distinct++;
                }
            }
            else if (c >= 128)
            {
                distinct = Math.Max(distinct, 5);
            }
        }

        var classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        return distinct >= 5
            && classes >= 2
            && !templateCharacter
            && !(equals && semicolon)
            && !(string.CompareOrdinal(text, start, "eyJ", 0, 3) == 0 && text.IndexOf('.', start, length) > start);
    }

    /// <summary>The costly half of <see cref="IsPlausible"/>: names, paths, URLs and placeholders are not secrets.</summary>
    public static bool IsNameOrPlaceholder(string value) =>
        LooksLikeName(value, HasDigit(value)) || Placeholders.PlaceholderCatalog.IsPlaceholder(value);

    private static bool HasDigit(string value)
    {
        foreach (var c in value)
        {
            if (c >= '0' && c <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Environment-variable names, configuration paths, keyword lists (<c>AutoGenerate,IsolateApps</c>), URLs and file paths are not secrets.</summary>
    private static bool LooksLikeName(string value, bool digit)
    {
        // No digit, only letters and separators, and real words (3+ letters on average): names (OPENAI_API_KEY,
        // api_key), header names (X-Api-Key). Random letters split into many 1-2 letter "words" (jBAisvkPk…),
        // and mixed-case random letters that happen to split into longer pieces have few vowels (names do not).
        if (!digit && IsWordsAndSeparators(value))
        {
            var words = Naming.IdentifierWords.Split(value);
            if (words.Count * 3 <= value.Length && (IsSingleCase(value) || HasWordLikeVowels(value) || HasKnownWord(words)))
            {
                return true;
            }
        }

        return IsCode(value)
            || value.IndexOf("://", System.StringComparison.Ordinal) >= 0
            || value.StartsWith("/", System.StringComparison.Ordinal)
            || (value.IndexOf(':') > 0 && IsPath(value, ':'))
            || (value.IndexOf("__", System.StringComparison.Ordinal) > 0 && IsPath(value, '_'))
            || (value.IndexOf('.') > 0 && IsPath(value, '.'));
    }

    /// <summary>A diagnostic or error code: 1-4 capital letters then 2-6 digits (EG0102, CA1062, IDE0005).</summary>
    private static bool IsCode(string value)
    {
        var letters = 0;
        while (letters < value.Length && value[letters] >= 'A' && value[letters] <= 'Z')
        {
            letters++;
        }

        var digits = value.Length - letters;
        if (letters is < 1 or > 4 || digits is < 2 or > 6)
        {
            return false;
        }

        for (var i = letters; i < value.Length; i++)
        {
            if (value[i] < '0' || value[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>SCREAMING_SNAKE or lower-kebab: how variable and header names are written, never mixed-case noise.</summary>
    private static bool IsSingleCase(string value)
    {
        bool lower = false, upper = false;
        foreach (var c in value)
        {
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }

        return !(lower && upper);
    }

    /// <summary>
    /// English identifiers are mostly 30-50% vowels (ApiKeyHeader 42%, ClientSecretName 38%); letters drawn at
    /// random are about 19% (10 of 52). A quarter separates most of them for values of 10+ letters; shorter
    /// values keep the benefit of the doubt, and <see cref="HasKnownWord"/> covers vowel-poor names (SmtpPassword).
    /// </summary>
    private static bool HasWordLikeVowels(string value)
    {
        int letters = 0, vowels = 0;
        foreach (var c in value)
        {
            if (TokenText.IsLetter(c))
            {
                letters++;
                if ("aeiouAEIOU".IndexOf(c) >= 0)
                {
                    vowels++;
                }
            }
        }

        return letters < 10 || vowels * 4 >= letters;
    }

    private static bool HasKnownWord(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (Naming.SecretNames.IsVocabularyWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordsAndSeparators(string value)
    {
        foreach (var c in value)
        {
            if (!TokenText.IsLetter(c) && c != '-' && c != '_' && c != '.' && c != ',')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Letters-only segments joined by the separator: <c>Providers:OpenAI:ApiKey</c>, <c>appsettings.json</c>.</summary>
    private static bool IsPath(string value, char separator)
    {
        foreach (var c in value)
        {
            if (c != separator && !TokenText.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
