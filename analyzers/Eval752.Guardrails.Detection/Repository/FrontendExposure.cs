using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using System.Globalization;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Naming;
using Eval752.Guardrails.Detection.Repository.Files;
using Eval752.Guardrails.Detection.Rules;
using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Detection.Repository;

/// <summary>
/// EG0304: a provider key reaching the browser. Frontend build tools inline every variable with a public
/// prefix (<c>VITE_</c>, <c>NEXT_PUBLIC_</c>, <c>REACT_APP_</c>, …) into the bundle, so a secret-named one is
/// exposed whatever its value; and a provider-shaped key written into frontend code or a built bundle is
/// exposed as is. Bundles are minified, so only the engine's high-confidence provider shapes count there.
/// </summary>
internal static class FrontendExposure
{
    private static readonly string[] PublicPrefixes = { "VITE_", "NEXT_PUBLIC_", "REACT_APP_", "NUXT_PUBLIC_", "EXPO_PUBLIC_", "GATSBY_", "PUBLIC_" };

    // The letter before each prefix's final '_' (E, P, C, Y): most underscores in a bundle (__webpack_require__,
    // snake_case) are ruled out by one character instead of seven comparisons.
    private static readonly string PrefixLastLetters = LastLettersOf(PublicPrefixes);

    private static readonly string[] CodeExtensions = { ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".vue", ".svelte", ".html", ".htm" };

    public static bool IsFrontendCode(string fileName)
    {
        foreach (var extension in CodeExtensions)
        {
            if (fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A frontend <c>.env*</c> file: every public-prefixed, secret-named variable, reported at its name.</summary>
    public static IEnumerable<FileFinding> CheckEnvFile(string path, string text)
    {
        foreach (var entry in DotEnvParser.Parse(text).Entries)
        {
            if (ExposedSecretName(entry.Name) is { } prefix)
            {
                yield return Exposed(path, entry.Line, entry.NameColumn, entry.Name, prefix);
            }
        }
    }

    /// <summary>Frontend code or a bundle: provider-shaped keys, and references to public-prefixed secret-named variables.</summary>
    public static IEnumerable<FileFinding> CheckCode(string path, string text) => CheckCode(path, text, SecretScanner.Scan(text));

    /// <summary>As <see cref="CheckCode(string, string)"/>, with the engine's findings in <paramref name="text"/> already at hand (a scan shares them with EG0301).</summary>
    [MethodImpl(Hot.Loop)]
    public static IEnumerable<FileFinding> CheckCode(string path, string text, IReadOnlyList<SecretFinding> shapes)
    {
        var findings = new List<FileFinding>();
        TextPositions? positions = null;
        foreach (var finding in shapes)
        {
            if (finding.Family == SecretFamily.ProviderKey && finding.Confidence == SecretConfidence.High)
            {
                var (line, column) = (positions ??= new TextPositions(text)).Of(finding.Start);
                findings.Add(new FileFinding(
                    RuleCatalog.FrontendExposesKey,
                    path,
                    line,
                    column,
                    $"A {finding.Kind} key ({finding.Length.ToString(CultureInfo.InvariantCulture)} characters, fingerprint {finding.Fingerprint}) is written into frontend code, so every browser that loads it gets the key; remove it, call the provider from the backend (the in-app Provider manager), and revoke the key at the provider (playbook section 2)"));
            }
        }

        // One pass: every public prefix ends with '_', so only underscores are candidates (seven IndexOf passes
        // over a multi-megabyte bundle cost more than the engine's own scan).
        for (var underscore = text.IndexOf('_'); underscore >= 0; underscore = text.IndexOf('_', underscore + 1))
        {
            if (underscore == 0 || PrefixLastLetters.IndexOf(text[underscore - 1]) < 0)
            {
                continue;
            }

            var prefix = PrefixEndingAt(text, underscore);
            var at = prefix is null ? -1 : underscore + 1 - prefix.Length;
            if (prefix is null || (at > 0 && IsIdentifierCharacter(text[at - 1])))
            {
                continue;
            }

            var end = underscore + 1;
            while (end < text.Length && IsIdentifierCharacter(text[end]))
            {
                end++;
            }

            var name = text.Substring(at, end - at);
            if (ExposedSecretName(name) is not null && LongestPrefix(name) == prefix)
            {
                var (line, column) = (positions ??= new TextPositions(text)).Of(at);
                findings.Add(Exposed(path, line, column, name, prefix));
            }
        }

        return findings;
    }

    private static FileFinding Exposed(string path, int line, int column, string name, string prefix) => new(
        RuleCatalog.FrontendExposesKey,
        path,
        line,
        column,
        $"{name} is exposed to the browser: build tools inline every {prefix}* variable into the bundle; keep provider keys on the server and let the frontend call the backend (the in-app Provider manager) (playbook section 2)");

    /// <summary>The public prefix of a secret-named variable (VITE_OPENAI_API_KEY → VITE_), or null.</summary>
    private static string? ExposedSecretName(string name)
    {
        var prefix = LongestPrefix(name);
        return prefix is not null && name.Length > prefix.Length && NameClassificationCache.Secret.Matches(name.Substring(prefix.Length)) ? prefix : null;
    }

    /// <summary>The longest public prefix whose final '_' is at <paramref name="underscore"/>.</summary>
    [MethodImpl(Hot.Loop)]
    private static string? PrefixEndingAt(string text, int underscore)
    {
        string? best = null;
        foreach (var prefix in PublicPrefixes)
        {
            var start = underscore + 1 - prefix.Length;
            if ((best is null || prefix.Length > best.Length) && TokenText.HasAt(text, start, prefix))
            {
                best = prefix;
            }
        }

        return best;
    }

    private static string LastLettersOf(string[] prefixes)
    {
        var letters = string.Empty;
        foreach (var prefix in prefixes)
        {
            var letter = prefix[prefix.Length - 2];
            if (letters.IndexOf(letter) < 0)
            {
                letters += letter;
            }
        }

        return letters;
    }

    [MethodImpl(Hot.Loop)]
    private static string? LongestPrefix(string name)
    {
        string? best = null;
        foreach (var prefix in PublicPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && (best is null || prefix.Length > best.Length))
            {
                best = prefix;
            }
        }

        return best;
    }

    private static bool IsIdentifierCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}
