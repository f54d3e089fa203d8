using System;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// Whether a password or token found in a connection string, URL or header is a real credential:
/// not empty, not a placeholder or template (<c>{0}</c>, <c>${DB_PASSWORD}</c>, <c>&lt;password&gt;</c>, <c>changeme</c>; a lone '$' or '%' is
/// part of a password, see <see cref="TemplateText"/>),
/// and not a well-known local-development default used on loopback (<c>postgres</c> on localhost).
/// </summary>
internal static class CredentialValue
{
    private static readonly string[] DevelopmentDefaults = { "postgres", "password", "guest", "root", "admin", "secret", "test", "dev", "pass", "sa" };
    private static readonly string[] PlaceholderWords = { "password", "passwd", "changeme", "change-me", "change_me", "example", "placeholder", "secret", "dummy", "your", "xxx", "***", "..." };

    public static bool IsReal(string text, int start, int length)
    {
        if (length == 0)
        {
            return false;
        }

        if (TemplateText.IsTemplate(text, start, length))
        {
            return false;
        }

        var value = text.Substring(start, length);

        foreach (var word in PlaceholderWords)
        {
            if (value.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0 && value.Length <= word.Length + 4)
            {
                return false;
            }
        }

        return !(IsDevelopmentDefault(value) && MentionsLoopback(text, start));
    }

    private static bool IsDevelopmentDefault(string value)
    {
        foreach (var candidate in DevelopmentDefaults)
        {
            if (string.Equals(value, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Loopback host within the same connection string or URL (200 characters either side).</summary>
    private static bool MentionsLoopback(string text, int around)
    {
        var from = Math.Max(0, around - 200);
        var length = Math.Min(text.Length, around + 200) - from;
        return TokenText.ContainsOrdinalIgnoreCase(text, from, length, "localhost")
            || TokenText.ContainsOrdinalIgnoreCase(text, from, length, "127.0.0.1")
            || TokenText.ContainsOrdinalIgnoreCase(text, from, length, "[::1]");
    }
}
