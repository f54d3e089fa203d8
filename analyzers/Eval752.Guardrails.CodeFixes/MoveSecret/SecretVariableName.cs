using System;
using System.Collections.Generic;
using System.Linq;
using Eval752.Guardrails.Detection.Naming;

namespace Eval752.Guardrails.CodeFixes.MoveSecret;

/// <summary>
/// The configuration variable a secret moves to, in its two spellings: the environment variable
/// (<c>OpenAi__ApiKey</c>, <c>OPENAI_KEY</c>) that goes into <c>.env.example</c>, and the
/// configuration key (<c>OpenAi:ApiKey</c>) an <c>IConfiguration</c> read uses.
/// </summary>
internal sealed class SecretVariableName
{
    private SecretVariableName(string environmentName)
    {
        EnvironmentName = environmentName;
        ConfigurationKey = environmentName.Replace("__", ":");
    }

    public string EnvironmentName { get; }

    public string ConfigurationKey { get; }

    /// <summary>Type-name endings that mark an options class bound from a configuration section.</summary>
    private static readonly string[] OptionsSuffixes = { "Options", "Settings", "Configuration", "Config" };

    /// <summary>Words that say "secret" but not whose: a name made only of these gets the provider's conventional name.</summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "api", "key", "keys", "token", "secret", "password", "pwd", "pass", "passphrase", "value", "credential", "credentials",
        "auth", "access", "client", "bearer", "the", "my", "default", "s", "str", "string", "text",
    };

    /// <summary>Brand names that identifier splitting cuts in two (<c>openAi</c>, <c>gitHub</c>) and environment names keep whole.</summary>
    private static readonly HashSet<string> Compounds = new(StringComparer.Ordinal)
    {
        "openai", "github", "gitlab", "sendgrid", "langsmith", "langchain", "huggingface", "postgresql", "mongodb", "rabbitmq", "elasticsearch",
    };

    /// <summary>The conventional variable of each detector kind, for values whose own name says nothing.</summary>
    private static readonly Dictionary<string, string> ConventionalNames = new(StringComparer.Ordinal)
    {
        ["openai"] = "OPENAI_API_KEY",
        ["anthropic"] = "ANTHROPIC_API_KEY",
        ["huggingface"] = "HF_TOKEN",
        ["github"] = "GITHUB_TOKEN",
        ["aws-access-key-id"] = "AWS_ACCESS_KEY_ID",
        ["azure-key"] = "AZURE_KEY",
        ["google-api-key"] = "GOOGLE_API_KEY",
        ["groq"] = "GROQ_API_KEY",
        ["langsmith"] = "LANGSMITH_API_KEY",
        ["sendgrid"] = "SENDGRID_API_KEY",
        ["slack"] = "SLACK_TOKEN",
        ["stripe"] = "STRIPE_SECRET_KEY",
        ["private-key"] = "PRIVATE_KEY",
        ["jwt"] = "API_TOKEN",
        ["authorization-header"] = "AUTHORIZATION_HEADER",
        ["connection-string-password"] = "ConnectionStrings__Default",
        ["url-credentials"] = "ConnectionStrings__Default",
    };

    /// <summary>A key the code already spells (<c>config["Providers:OpenAI:ApiKey"]</c>, <c>["API_KEY"] = …</c>): kept as written.</summary>
    public static SecretVariableName FromKey(string key) => new(key.Trim().Replace(":", "__"));

    /// <summary>A member of an options class: <c>OpenAiOptions.ApiKey</c> is <c>OpenAi__ApiKey</c>.</summary>
    public static SecretVariableName? FromOptionsMember(string typeName, string memberName)
    {
        foreach (var suffix in OptionsSuffixes)
        {
            if (typeName.Length > suffix.Length && typeName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return new SecretVariableName(typeName.Substring(0, typeName.Length - suffix.Length) + "__" + memberName);
            }
        }

        return null;
    }

    /// <summary>
    /// A local, field or parameter name (<c>openAiKey</c> is <c>OPENAI_KEY</c>), or the detector's
    /// conventional name when the identifier only says "key" or is missing.
    /// </summary>
    public static SecretVariableName FromIdentifier(string? identifier, string? kind)
    {
        var words = identifier is null ? new List<string>() : MergeCompounds(IdentifierWords.Split(identifier));
        var isConnection = words.Contains("connection") || kind is "connection-string-password" or "url-credentials";
        if (isConnection && (words.Count == 0 || words.Contains("connection")))
        {
            var purpose = words.Where(w => w is not ("connection" or "string" or "strings" or "str" or "cs") && !GenericWords.Contains(w)).ToList();
            return new SecretVariableName("ConnectionStrings__" + (purpose.Count == 0 ? "Default" : string.Concat(purpose.Select(Capitalize))));
        }

        if (words.All(GenericWords.Contains) && kind is not null && ConventionalNames.TryGetValue(kind, out var conventional))
        {
            return new SecretVariableName(conventional);
        }

        return new SecretVariableName(words.Count == 0 ? "SECRET" : string.Join("_", words).ToUpperInvariant());
    }

    private static List<string> MergeCompounds(IReadOnlyList<string> words)
    {
        var merged = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (merged.Count > 0 && Compounds.Contains(merged[merged.Count - 1] + word))
            {
                merged[merged.Count - 1] += word;
            }
            else
            {
                merged.Add(word);
            }
        }

        return merged;
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);
}
