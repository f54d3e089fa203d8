using System.Globalization;

namespace Eval752.Guardrails.Analyzers.Tests.Accuracy;

/// <summary>
/// Issue 4's corpus: leaks built as every secret source × every flow, each into one sink of the seven
/// families (MEL structured and message, Console, an exception, Serilog, Debug, an Activity tag), and
/// look-alikes (lengths, fingerprints, redacted forms, masks of at most 4 characters, provider and variable
/// names, token counts, key ids, not-secret configuration keys, the secret wrapper object itself) each in
/// three sinks; and objects logged whole (EG0104) whose rendering does or does not show a secret member. No
/// secret value appears: the sources are configuration keys, names and members.
/// </summary>
internal static class LogLeakCorpus
{
    public const string Shared = """
        using System;
        using System.Diagnostics;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;

        namespace Serilog { public static class Log { public static void Warning(string template, params object?[] values) { } } }

        namespace Corpus
        {
            [AttributeUsage(AttributeTargets.All)] public sealed class SecretAttribute : Attribute { }
            public sealed class Options { public string ApiKey { get; set; } = ""; public string ClientSecret { get; set; } = ""; public string KeyId { get; set; } = ""; public bool HasApiKey { get; set; } public string ApiKeyFingerprint { get; set; } = ""; public string Model { get; set; } = ""; }
            public sealed class Settings { [Secret] public string Webhook { get; set; } = ""; public string Region { get; set; } = ""; }
            public sealed class Credentials { public string Password { get; set; } = ""; public string UserName { get; set; } = ""; }
            public sealed class Tokens { public string RefreshToken { get; set; } = ""; public DateTimeOffset ExpiresAt { get; set; } }
            public sealed class Usage { public int TokenCount { get; set; } public int MaxTokens { get; set; } }
            public sealed class ProviderSecret { public string Reveal() => ""; public string Fingerprint => ""; public override string ToString() => "ProviderSecret(redacted)"; }
            public sealed class Vault(IConfiguration configuration) { public string GetApiKey() => configuration["Providers:OpenAI:ApiKey"] ?? ""; public string Region() => configuration["Region"] ?? ""; }
            public sealed class SecretClient { public Uri VaultUri { get; } = new("https://vault.example.org"); }
            public sealed class TokenCredential { public string TenantId { get; set; } = ""; }
            public sealed record ProviderSettings(string Name, string ApiKey);
            public sealed record SafeSettings(string Name, string ApiKey)
            {
                private bool PrintMembers(StringBuilder builder) { builder.Append("Name = ").Append(Name); return true; }
            }
            public sealed record Outer(string Label, ProviderSettings Inner);
            public sealed class Relay { public string Host { get; set; } = ""; public string Password { get; set; } = ""; }
            public sealed class MailSettings { public string From { get; set; } = ""; public Relay Relay { get; set; } = new(); }
            public sealed class Connection { public string Host { get; set; } = ""; public string Password { get; set; } = ""; public override string ToString() => $"{Host}:{Password}"; }
            public sealed class SafeConnection { public string Host { get; set; } = ""; public string Password { get; set; } = ""; public override string ToString() => Host; }
            public sealed record Summary(string Model, int TokenCount);
            public static class Helpers
            {
                public static string Describe(string? value) => "value=" + value;
                public static string Redact(string? value) => "[redacted]";
                public static string Mask(string? value) => "****";
                public static string Fingerprint(string? value) => "fp";
                public static string Hash(string? value) => "h";
            }
        }
        """;

    private const string Parameters =
        "IConfiguration configuration, ILogger logger, Options options, Settings settings, Credentials credentials, Tokens tokens, Usage usage, "
        + "ProviderSecret secret, Vault vault, Activity activity, string apiKey, string provider, string other, bool flag, string maskedKey, "
        + "string redactedToken, string secretName, string tokenEndpoint, string credentialsPath, string encryptedKey, string keyId, "
        + "bool passwordRequired, int keyVersion, int passwordMinLength, string authHeaderName, SecretClient secretClient, TokenCredential credential, "
        + "ProviderSettings providerSettings, SafeSettings safeSettings, Outer outer, MailSettings mail, Relay relay, Connection connection, SafeConnection safeConnection, Summary summary";

    /// <summary>Objects logged whole (EG0104): statements, each a leak through the object's rendering.</summary>
    private static readonly string[] ObjectLeaks =
    [
        "logger.LogInformation(\"Settings {S}\", providerSettings);",
        "Console.WriteLine($\"settings: {providerSettings}\");",
        "logger.LogWarning(\"outer \" + outer);",
        "Serilog.Log.Warning(\"Mail {@Mail}\", mail);",
        "Serilog.Log.Warning(\"Relay {@Relay}\", relay);",
        "logger.LogDebug(\"Connection {C}\", connection);",
        "Debug.WriteLine(connection);",
        "activity.SetTag(\"settings\", providerSettings);",
        "Console.WriteLine(outer);",
        "logger.LogError($\"failed with {connection}\");",
    ];

    /// <summary>Objects logged whole that render no secret, and members logged instead of the object.</summary>
    private static readonly string[] ObjectLookAlikes =
    [
        "logger.LogInformation(\"Settings {S}\", safeSettings);",
        "Console.WriteLine($\"settings: {safeSettings}\");",
        "logger.LogInformation(\"Summary {S}\", summary);",
        "Serilog.Log.Warning(\"Summary {@S}\", summary);",
        "Serilog.Log.Warning(\"Relay {Relay}\", relay);",
        "logger.LogInformation(\"Relay {R}\", relay);",
        "logger.LogDebug(\"Connection {C}\", safeConnection);",
        "logger.LogInformation(\"Provider {Name}\", providerSettings.Name);",
        "Console.WriteLine(mail);",
        "logger.LogInformation(\"Host {Host}\", connection.Host);",
    ];

    private static readonly string[] Sources =
    [
        "configuration[\"OPENAI_API_KEY\"]",
        "configuration.GetValue<string>(\"Db:Password\")",
        "configuration.GetConnectionString(\"Main\")",
        "Environment.GetEnvironmentVariable(\"ENCRYPTION_KEY\")",
        "options.ApiKey",
        "options.ClientSecret",
        "apiKey",
        "vault.GetApiKey()",
        "settings.Webhook",
        "secret.Reveal()",
        "credentials.Password",
        "tokens.RefreshToken",
    ];

    /// <summary>How the value travels: <c>{0}</c> is the source; the statements end with the value in <c>v</c>.</summary>
    private static readonly string[] Flows =
    [
        "var v = {0};",
        "var copy = {0}; var v = copy;",
        "var v = $\"value {{{0}}} used\";",
        "var v = \"k=\" + ({0} ?? \"\").Trim().ToUpperInvariant();",
        "var v = flag ? {0} : \"none\";",
        "var builder = new StringBuilder(\"value: \"); builder.Append({0}); var v = builder.ToString();",
        "var v = string.Format(\"{{0}}\", {0});",
        "var v = Helpers.Describe({0});",
        "Func<string?> read = () => {0}; var v = read();",
        "var v = string.Join(\",\", new[] {{ \"a\", {0} }});",
    ];

    /// <summary>Sinks of <c>v</c>, and the rule each one is for.</summary>
    private static readonly (string Statement, string Rule)[] Sinks =
    [
        ("logger.LogInformation(\"Value {V}\", v);", "EG0101"),
        ("logger.LogError(v);", "EG0101"),
        ("Console.WriteLine(v);", "EG0101"),
        ("throw new InvalidOperationException(v);", "EG0102"),
        ("Serilog.Log.Warning(\"Value {V}\", v);", "EG0101"),
        ("Debug.WriteLine(v);", "EG0101"),
        ("activity.SetTag(\"value\", v);", "EG0101"),
    ];

    /// <summary>Values that look related but carry no secret text.</summary>
    private static readonly string[] LookAlikes =
    [
        "apiKey.Length.ToString(CultureInfo.InvariantCulture)",
        "Helpers.Redact(apiKey)",
        "Helpers.Mask(options.ApiKey)",
        "Helpers.Fingerprint(credentials.Password)",
        "apiKey[..4]",
        "options.ApiKey[^4..]",
        "string.IsNullOrEmpty(apiKey).ToString()",
        "(apiKey == other).ToString()",
        "usage.TokenCount.ToString(CultureInfo.InvariantCulture)",
        "$\"{usage.TokenCount} of {usage.MaxTokens} tokens\"",
        "options.KeyId",
        "$\"has key: {options.HasApiKey}\"",
        "\"Set OPENAI_API_KEY before starting\"",
        "$\"provider {provider} rejected the request\"",
        "configuration[\"Providers:OpenAI:Model\"]",
        "configuration[\"PasswordPolicy\"]",
        "options.ApiKeyFingerprint",
        "secret.ToString()",
        "secret.Fingerprint",
        "Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)))",
        "apiKey.Substring(0, 4)",
        "Helpers.Hash(tokens.RefreshToken)",
        "configuration[\"ApiKeyHeader\"]",
        "maskedKey",
        "redactedToken",
        "$\"password required: {passwordRequired}\"",
        "$\"key version {keyVersion}\"",
        "configuration[\"Logging:LogLevel:Default\"]",
        "$\"minimum {passwordMinLength}\"",
        "secretName",
        "tokenEndpoint",
        "authHeaderName",
        "credentialsPath",
        "encryptedKey",
        "keyId",
        "$\"{apiKey.Length} characters\"",
        "options.Model",
        "credentials.UserName",
        "tokens.ExpiresAt.ToString(\"O\", CultureInfo.InvariantCulture)",
        "vault.Region()",
        "settings.Region",
        "secretClient.ToString()",
        "secretClient.VaultUri.ToString()",
        "credential.TenantId",
        "$\"expires {tokens.ExpiresAt}\"",
        "$\"cache key {other}\"",
    ];

    public static IReadOnlyList<(string Id, string Source, string? ExpectedRule)> Build()
    {
        var cases = new List<(string, string, string?)>();
        for (var s = 0; s < Sources.Length; s++)
        {
            for (var f = 0; f < Flows.Length; f++)
            {
                var (sink, rule) = Sinks[(s + f) % Sinks.Length];
                var flow = string.Format(CultureInfo.InvariantCulture, Flows[f], Sources[s]);
                cases.Add(Case($"leak_{s:D2}_{f:D2}", flow + "\n        " + sink, rule));
            }
        }

        for (var o = 0; o < ObjectLeaks.Length; o++)
        {
            cases.Add(Case($"object_leak_{o:D2}", ObjectLeaks[o], "EG0104"));
        }

        for (var o = 0; o < ObjectLookAlikes.Length; o++)
        {
            cases.Add(Case($"object_clean_{o:D2}", ObjectLookAlikes[o], null));
        }

        // The shared redaction patterns also after a local, and a reassignment that cleans the value.
        cases.Add(Case("clean_reassigned", "var v = apiKey; v = Helpers.Redact(v); logger.LogInformation(\"{V}\", v);", null));
        cases.Add(Case("clean_masked_local", "var maskedApiKey = Helpers.Mask(apiKey); logger.LogInformation(\"{V}\", maskedApiKey);", null));
        for (var l = 0; l < LookAlikes.Length; l++)
        {
            for (var k = 0; k < 3; k++)
            {
                var (sink, _) = Sinks[(l + (k * 2)) % Sinks.Length];
                cases.Add(Case($"clean_{l:D2}_{k}", "var v = " + LookAlikes[l] + ";\n        " + sink, null));
            }
        }

        return cases;
    }

    private static (string, string, string?) Case(string id, string statements, string? rule) =>
        (id, $$"""
            using System;
            using System.Diagnostics;
            using System.Globalization;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;

            namespace Corpus;

            public sealed class Case_{{id}}
            {
                public void M({{Parameters}})
                {
                    {{statements}}
                }
            }
            """, rule);
}
