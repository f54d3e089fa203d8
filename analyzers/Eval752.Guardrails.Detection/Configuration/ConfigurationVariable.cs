using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Configuration;

/// <summary>
/// DESIGN section 5's normalization: a configuration key's canonical name is its environment-variable
/// form (<c>Providers:OpenAI:ApiKey</c> ≡ <c>Providers__OpenAI__ApiKey</c>), compared case-insensitively as
/// ASP.NET Core does. Keys the framework or the operating system reads itself are neither required nor stale.
/// </summary>
internal static class ConfigurationVariable
{
    /// <summary>Compares canonical names the way ASP.NET Core compares keys.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// The framework's own keys (DESIGN section 5), and process variables every OS sets: reading
    /// <c>PATH</c> or <c>HOME</c> is not configuration a service documents. A trailing <c>*</c> matches a prefix.
    /// </summary>
    public static IReadOnlyList<string> DefaultFrameworkPatterns { get; } = new[]
    {
        "ASPNETCORE_*", "DOTNET_*", "Logging__*", "AllowedHosts", "Kestrel__*",
        "PATH", "HOME", "USER", "USERNAME", "USERPROFILE", "TEMP", "TMP", "TMPDIR", "HOSTNAME", "COMPUTERNAME",
        "SHELL", "PWD", "LANG", "TZ", "TERM", "CI",
    };

    private static readonly char[] Separators = { ';', ',' };

    public static string Canonical(string key) => key.Replace(":", "__");

    /// <summary><paramref name="canonical"/> matches one of <paramref name="patterns"/> (exact, or prefix before a trailing <c>*</c>), case-insensitively.</summary>
    public static bool IsFrameworkKey(string canonical, IReadOnlyList<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            var normalized = Canonical(pattern);
            if (normalized.EndsWith("*", StringComparison.Ordinal)
                ? canonical.StartsWith(normalized.Substring(0, normalized.Length - 1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(canonical, normalized, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Patterns from a <c>;</c> or <c>,</c> separated list (the <c>eval752.framework_keys</c> option), added to the defaults.</summary>
    public static IReadOnlyList<string> FrameworkPatterns(string? extra)
    {
        if (string.IsNullOrWhiteSpace(extra))
        {
            return DefaultFrameworkPatterns;
        }

        var patterns = new List<string>(DefaultFrameworkPatterns);
        foreach (var part in extra!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Trim().Length > 0)
            {
                patterns.Add(part.Trim());
            }
        }

        return patterns;
    }
}
