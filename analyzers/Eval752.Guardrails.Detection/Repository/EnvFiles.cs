using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Repository;

/// <summary>
/// EG0305's notion of a real environment file: <c>.env</c>, <c>.env.&lt;anything&gt;</c> or <c>&lt;name&gt;.env</c>,
/// except templates meant to be committed (<c>.example</c>, <c>.sample</c>, <c>.template</c>, <c>.dist</c>
/// suffixes). And a small reader of <c>.gitignore</c> for the case without git: whether a file-name pattern
/// (<c>.env</c>, <c>.env.*</c>, <c>*.env</c>, with <c>!</c> negations, later lines winning) ignores a name.
/// </summary>
internal static class EnvFiles
{
    private static readonly string[] TemplateSuffixes = { ".example", ".sample", ".template", ".dist" };

    public static bool IsRealEnvFile(string fileName)
    {
        foreach (var suffix in TemplateSuffixes)
        {
            if (fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return string.Equals(fileName, ".env", StringComparison.OrdinalIgnoreCase)
            || fileName.StartsWith(".env.", StringComparison.OrdinalIgnoreCase)
            || (fileName.Length > 4 && fileName.EndsWith(".env", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the <c>.gitignore</c> lines ignore a file of this name (patterns without a slash, or with only a leading one).</summary>
    public static bool IsIgnored(IEnumerable<string> gitignoreLines, string fileName)
    {
        var ignored = false;
        foreach (var raw in gitignoreLines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var negated = line[0] == '!';
            var pattern = (negated ? line.Substring(1) : line).TrimStart('/').TrimEnd('/');
            if (pattern.IndexOf('/') < 0 && Glob(pattern, fileName))
            {
                ignored = !negated;
            }
        }

        return ignored;
    }

    /// <summary><c>*</c> and <c>?</c> over one file name; iterative with one backtrack point, so linear in practice and never exponential.</summary>
    private static bool Glob(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
