using System.Data.Common;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Detection.Naming;
using Eval752.Guardrails.Detection.Placeholders;
using Microsoft.Extensions.Configuration;

namespace Eval752.Guardrails.Runtime.Startup;

/// <summary>
/// Finds configured secrets that are still placeholders: a secret-named key whose value is a known
/// placeholder or default (<c>changeme</c>, <c>&lt;…&gt;</c>), or equals the non-empty value the
/// repository's .env.example gives it; and connection strings that log in with a well-known default
/// password (<c>postgres</c>/<c>postgres</c>, <c>guest</c>) or none, away from loopback.
/// </summary>
public static class ConfigurationSafety
{
    private static readonly string[] DefaultPasswords = ["postgres", "password", "guest", "admin", "root", "secret", "123456"];

    public static IReadOnlyList<string> FindProblems(IConfiguration configuration, string? envExampleText)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var examples = envExampleText is null ? null : DotEnvParser.Parse(envExampleText);
        var problems = new List<string>();
        foreach (var (key, value) in configuration.AsEnumerable().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (value is null)
            {
                continue;
            }

            var variable = key.Replace(":", "__", StringComparison.Ordinal);
            if (key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase))
            {
                if (DescribeUnsafeConnectionString(value) is { } reason)
                {
                    problems.Add($"{variable} {reason}.");
                }

                continue;
            }

            if (!SecretNames.IsSecretName(key))
            {
                continue;
            }

            if (PlaceholderCatalog.IsPlaceholder(value))
            {
                problems.Add($"{variable} still holds a placeholder; set the real secret through the environment or a secret store.");
            }
            else if (examples?.Find(variable) is { Value.Length: > 0 } example && example.Value == value)
            {
                problems.Add($"{variable} still holds the placeholder value from .env.example (line {example.Line}); replace it before storing real provider keys (playbook section 5).");
            }
        }

        return problems;
    }

    private static string? DescribeUnsafeConnectionString(string value)
    {
        DbConnectionStringBuilder builder;
        try
        {
            builder = new DbConnectionStringBuilder { ConnectionString = value };
        }
        catch (ArgumentException)
        {
            return "is not a valid connection string";
        }

        var host = Read(builder, "Host", "Server", "Data Source");
        var password = Read(builder, "Password", "Pwd");
        if (password is null || IsLoopback(host))
        {
            return null;
        }

        if (PlaceholderCatalog.IsPlaceholder(password))
        {
            return "has a placeholder password";
        }

        return DefaultPasswords.Contains(password, StringComparer.OrdinalIgnoreCase)
            ? "logs in with a well-known default password; give every environment its own database credentials (playbook section 7)"
            : null;
    }

    private static string? Read(DbConnectionStringBuilder builder, params string[] names)
    {
        foreach (var name in names)
        {
            if (builder.TryGetValue(name, out var value) && value is not null)
            {
                return value.ToString();
            }
        }

        return null;
    }

    private static bool IsLoopback(string? host) =>
        host is null or "" or "localhost" or "127.0.0.1" or "::1" or "[::1]" || host.StartsWith('/');
}
