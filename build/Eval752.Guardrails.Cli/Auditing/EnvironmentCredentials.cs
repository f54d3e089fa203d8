using System.Text.RegularExpressions;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Placeholders;

namespace Eval752.Guardrails.Cli.Auditing;

/// <summary>
/// Playbook section 7, "every environment uses unique Postgres + Redis credentials": the PostgreSQL and Redis
/// passwords of each environment's env file (<c>.env</c>, <c>.env.staging</c>, <c>prod.env</c>, not <c>.env.example</c>) and
/// compose file, compared by fingerprint across environments. Passwords come from variables named for them
/// (<c>POSTGRES_PASSWORD</c>, <c>DB_PASSWORD</c>, <c>REDIS_PASSWORD</c>, …) and from connection strings and URLs in any value
/// (<c>Password=…</c>, <c>postgres://user:pass@</c>, <c>redis://:pass@</c>). Placeholders and empty values are not credentials.
/// </summary>
internal static class EnvironmentCredentials
{
    // Linear-time patterns (.NET's non-backtracking engine): a password option, or the password of a URL's user info.
    private static readonly Regex ConnectionPassword = new(@"(?i)(?:^|[;,\s])(?:password|pwd)=([^;,\s""']+)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    private static readonly Regex UrlPassword = new(@"(?i)\b(postgres(?:ql)?|rediss?)://[^:/@\s]*:([^@\s]+)@", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    private static readonly Regex ComposeLine = new(@"^\s*-?\s*([A-Za-z_][A-Za-z0-9_]*)\s*[:=]\s*(.*)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static AuditCheck Check(IEnumerable<string> files, Func<string, string> relative)
    {
        var seen = new Dictionary<(string Service, string Fingerprint), (string Environment, string File, int Line, string Variable)>();
        var items = new List<AuditItem>();
        var checkedFiles = 0;
        foreach (var file in files)
        {
            var environment = EnvironmentOf(Path.GetFileName(file));
            if (environment is null)
            {
                continue;
            }

            checkedFiles++;
            foreach (var (service, variable, line, password) in Credentials(file))
            {
                var key = (service, SecretFingerprint.Of(password));
                if (seen.TryGetValue(key, out var first) && first.Environment != environment)
                {
                    items.Add(new AuditItem(relative(file), line, $"{service} credential {variable} is the same as {first.Variable} in {first.File}({first.Line}) (fingerprint {key.Item2}): environments {first.Environment} and {environment} must not share it; rotate one"));
                }
                else if (!seen.ContainsKey(key))
                {
                    seen[key] = (environment, relative(file), line, variable);
                }
            }
        }

        return AuditCheck.From("unique-credentials", "Every environment uses unique PostgreSQL and Redis credentials", checkedFiles, items);
    }

    /// <summary>The environment a file configures, or null when it is not an environment's file (templates, unrelated YAML).</summary>
    internal static string? EnvironmentOf(string fileName)
    {
        var lower = fileName.ToLowerInvariant();
        if (lower is ".env.example" or ".env.sample" or ".env.template" or ".env.dist")
        {
            return null;
        }

        if (lower == ".env")
        {
            return "default";
        }

        if (lower.StartsWith(".env.", StringComparison.Ordinal))
        {
            return lower.Substring(".env.".Length);
        }

        if (lower.EndsWith(".env", StringComparison.Ordinal))
        {
            return lower.Substring(0, lower.Length - ".env".Length);
        }

        // docker-compose.yml, compose.staging.yaml, docker-compose.prod.yml
        if ((lower.StartsWith("docker-compose", StringComparison.Ordinal) || lower.StartsWith("compose", StringComparison.Ordinal)) && (lower.EndsWith(".yml", StringComparison.Ordinal) || lower.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var parts = lower.Split('.');
            return parts.Length > 2 ? parts[1] : "compose";
        }

        return null;
    }

    private static IEnumerable<(string Service, string Variable, int Line, string Password)> Credentials(string file)
    {
        var info = new FileInfo(file);
        if (info.Length > 4 * 1024 * 1024)
        {
            yield break;
        }

        var text = File.ReadAllText(file);
        var isCompose = file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
        var entries = isCompose ? ComposeEntries(text) : DotEnvParser.Parse(text).Entries.Select(e => (e.Name, e.Value, e.Line));
        foreach (var (name, value, line) in entries)
        {
            var upper = name.ToUpperInvariant();
            var service = upper.Contains("REDIS", StringComparison.Ordinal) ? "Redis" : "PostgreSQL";
            if ((upper.Contains("PASSWORD", StringComparison.Ordinal) || upper.EndsWith("_PWD", StringComparison.Ordinal) || upper.EndsWith("_PASS", StringComparison.Ordinal))
                && (upper.Contains("POSTGRES", StringComparison.Ordinal) || upper.Contains("PG", StringComparison.Ordinal) || upper.Contains("DB", StringComparison.Ordinal)
                    || upper.Contains("DATABASE", StringComparison.Ordinal) || upper.Contains("REDIS", StringComparison.Ordinal))
                && IsCredential(value))
            {
                yield return (service, name, line, value);
                continue;
            }

            foreach (Match match in UrlPassword.Matches(value))
            {
                if (IsCredential(match.Groups[2].Value))
                {
                    yield return (match.Groups[1].Value.StartsWith("redis", StringComparison.OrdinalIgnoreCase) ? "Redis" : "PostgreSQL", name, line, Uri.UnescapeDataString(match.Groups[2].Value));
                }
            }

            foreach (Match match in ConnectionPassword.Matches(value))
            {
                if (IsCredential(match.Groups[1].Value))
                {
                    yield return (upper.Contains("REDIS", StringComparison.Ordinal) || value.Contains("6379", StringComparison.Ordinal) ? "Redis" : "PostgreSQL", name, line, match.Groups[1].Value);
                }
            }
        }
    }

    private static IEnumerable<(string Name, string Value, int Line)> ComposeEntries(string text)
    {
        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            var match = ComposeLine.Match(raw.TrimEnd('\r'));
            if (match.Success)
            {
                yield return (match.Groups[1].Value, match.Groups[2].Value.Trim().Trim('"', '\''), line);
            }
        }
    }

    private static bool IsCredential(string value) =>
        value.Length > 0 && !value.Contains("${", StringComparison.Ordinal) && !PlaceholderCatalog.IsPlaceholder(value);
}
