namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// Whether a value stored under a secret name looks like a real secret rather than a label, message,
/// path, variable name or placeholder: 6+ characters, no whitespace, at least 5 distinct characters,
/// and a mix of character classes (two of lower, upper, digit, symbol). Linear, no regex.
/// </summary>
internal static class GenericSecretValue
{
    public const int MinimumLength = 6;

    public static bool IsPlausible(string value)
    {
        if (value.Length < MinimumLength || value.Length > 4096 || Placeholders.PlaceholderCatalog.IsPlaceholder(value))
        {
            return false;
        }

        bool lower = false, upper = false, digit = false, symbol = false;
        var distinct = new System.Collections.Generic.HashSet<char>();
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }

            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
            symbol |= !TokenText.IsAlphanumeric(c);
            distinct.Add(c);
        }

        var classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        return distinct.Count >= 5 && classes >= 2 && !LooksLikeName(value, lower, upper, digit);
    }

    /// <summary>Environment-variable names, configuration paths, URLs and file paths are not secrets.</summary>
    private static bool LooksLikeName(string value, bool lower, bool upper, bool digit)
    {
        // One letter case and no digit: SCREAMING_SNAKE names (OPENAI_API_KEY), snake/kebab identifiers (api_key).
        if (!digit && !(lower && upper))
        {
            return true;
        }

        return value.IndexOf("://", System.StringComparison.Ordinal) >= 0
            || value.StartsWith("/", System.StringComparison.Ordinal)
            || (value.IndexOf(':') > 0 && IsPath(value, ':'))
            || (value.IndexOf("__", System.StringComparison.Ordinal) > 0 && IsPath(value, '_'))
            || (value.IndexOf('.') > 0 && IsPath(value, '.'));
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
