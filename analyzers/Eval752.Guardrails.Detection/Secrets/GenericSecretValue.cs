using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// Whether a value stored under a secret name looks like a real secret rather than a label, message,
/// path, variable or header name, template, connection string or placeholder: 6+ characters, no
/// whitespace, at least 5 distinct characters, a mix of character classes (two of lower, upper, digit,
/// symbol), not a template or variable reference. JWT-shaped values are EG0001's (which knows the published samples).
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

        // One allocation-free pass rejects most literals (prose has spaces) before any other check: ASCII characters
        // through one table of flags, the distinct ones as bits of two words (counted once at the end).
        var flags = 0;
        ulong seenLow = 0, seenHigh = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                var flag = AsciiFlags[c];
                if ((flag & Reject) != 0)
                {
                    return false;
                }

                flags |= flag;
                if (c < 64)
                {
                    seenLow |= 1UL << c;
                }
                else
                {
                    seenHigh |= 1UL << (c - 64);
                }
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
            else
            {
                flags |= Symbol | NonAscii;
            }
        }

        var classes = ((flags & Lower) != 0 ? 1 : 0) + ((flags & Upper) != 0 ? 1 : 0) + ((flags & Digit) != 0 ? 1 : 0) + ((flags & Symbol) != 0 ? 1 : 0);
        return ((flags & NonAscii) != 0 || BitCount(seenLow) + BitCount(seenHigh) >= 5)
            && classes >= 2
            && ((flags & Template) == 0 || !TemplateText.IsTemplate(text, start, length))
            && (flags & (EqualsSign | Semicolon)) != (EqualsSign | Semicolon)
            && !(string.CompareOrdinal(text, start, "eyJ", 0, 3) == 0 && text.IndexOf('.', start, length) > start);
    }

    private const int Lower = 1, Upper = 2, Digit = 4, Symbol = 8, Template = 16, EqualsSign = 32, Semicolon = 64, Reject = 128, NonAscii = 256;

    private static readonly int[] AsciiFlags = BuildAsciiFlags();

    private static int[] BuildAsciiFlags()
    {
        var flags = new int[128];
        for (var c = 0; c < 128; c++)
        {
            flags[c] = c <= ' ' || c == 127 ? Reject
                : c >= 'a' && c <= 'z' ? Lower
                : c >= 'A' && c <= 'Z' ? Upper
                : c >= '0' && c <= '9' ? Digit
                : Symbol | (c is '{' or '}' or '$' or '<' or '>' or '%' ? Template : 0) | (c == '=' ? EqualsSign : 0) | (c == ';' ? Semicolon : 0);
        }

        return flags;
    }

    private static int BitCount(ulong bits)
    {
#if NET
        return System.Numerics.BitOperations.PopCount(bits);
#else
        var count = 0;
        for (; bits != 0; bits &= bits - 1)
        {
            count++;
        }

        return count;
#endif
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
