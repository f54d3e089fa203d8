using System.Security.Cryptography;
using System.Text;

namespace Eval752.Guardrails.Testing.Secrets;

/// <summary>
/// A labelled corpus of realistic service code for measuring the hardcoded-secret rules: positives of
/// every provider shape, credential form, secret-named literal and key-material sink, and negatives that
/// look alike (placeholders, names, messages, templates, GUIDs, hashes, commit SHAs, images, public keys,
/// regexes describing key formats, documented examples, loopback defaults). Secret-shaped values are
/// generated on each call; nothing key-like is stored in the repository.
/// </summary>
public static class SecretCorpus
{
    /// <summary>One compilation unit and what the rules should report in it: "EG0001:openai", "EG0003:generic", …</summary>
    public sealed record CorpusCase(string Id, string Source, IReadOnlyList<string> Expected);

    public static IReadOnlyList<CorpusCase> Build()
    {
        var cases = new List<CorpusCase>();
        var n = 0;
        string Next() => $"Case{n++:D4}";

        foreach (var (kind, make) in SecretShapes.All)
        {
            foreach (var context in ProviderContexts)
            {
                var id = Next();
                cases.Add(new CorpusCase(id, context(id, Escape(make())), [$"EG0001:{kind}"]));
            }
        }

        foreach (var (kind, make) in SecretShapes.Credentials)
        {
            foreach (var context in ProviderContexts.Take(3))
            {
                var id = Next();
                cases.Add(new CorpusCase(id, context(id, Escape(make())), [$"EG0002:{kind}"]));
            }
        }

        foreach (var context in NamedContexts)
        {
            for (var i = 0; i < 4; i++)
            {
                var id = Next();
                cases.Add(new CorpusCase(id, context(id, Escape(i % 2 == 0 ? RandomSecret() : RandomSecretWithSymbols())), ["EG0003:generic"]));
            }
        }

        // An AWS secret access key is only recognisable by its name: in code, the destination's.
        foreach (var name in new[] { "AwsSecretAccessKey", "awsSecretKey" })
        {
            var id = Next();
            cases.Add(new CorpusCase(id, $"class {id} {{ private const string {name} = \"{Escape(SecretShapes.AwsSecretAccessKey())}\"; }}", ["EG0001:aws-secret-access-key"]));
        }

        foreach (var context in KeyMaterialContexts)
        {
            for (var i = 0; i < 2; i++)
            {
                var id = Next();
                cases.Add(new CorpusCase(id, context(id), ["EG0004:key-material"]));
            }
        }

        foreach (var value in AnyContextNegatives())
        {
            foreach (var context in NegativeContexts)
            {
                var id = Next();
                cases.Add(new CorpusCase(id, context(id, Escape(value)), []));
            }
        }

        foreach (var source in NamesAboutSecrets())
        {
            var id = Next();
            cases.Add(new CorpusCase(id, $"class {id} {{ {source} }}", []));
        }

        foreach (var value in NeutralContextNegatives())
        {
            foreach (var context in ProviderContexts.Take(3))
            {
                var id = Next();
                cases.Add(new CorpusCase(id, context(id, Escape(value)), []));
            }
        }

        return cases;
    }

    private static readonly Func<string, string, string>[] ProviderContexts =
    [
        (id, v) => $"class {id} {{ private const string Value = \"{v}\"; }}",
        (id, v) => $"class {id} {{ string M() => Use(\"{v}\"); static string Use(string s) => s; }}",
        (id, v) => $"class {id} {{ System.Collections.Generic.Dictionary<string, string> D() => new() {{ [\"provider\"] = \"{v}\" }}; }}",
        (id, v) => $"[System.ComponentModel.Description(\"{v}\")] class {id} {{ }}",
        (id, v) => $"class {id} {{ string M(string user) => $\"user={{user}}; value={v}\"; }}",
    ];

    private static readonly Func<string, string, string>[] NamedContexts =
    [
        (id, v) => $"class {id} {{ private const string SmtpPassword = \"{v}\"; }}",
        (id, v) => $"class {id} {{ public string ClientSecret {{ get; set; }} = \"{v}\"; }}",
        (id, v) => $"class {id} {{ void M() {{ var apiToken = \"{v}\"; System.GC.KeepAlive(apiToken); }} }}",
        (id, v) => $"class {id} {{ void M(System.Collections.Generic.Dictionary<string, string> c) {{ c[\"Providers:Groq:ApiKey\"] = \"{v}\"; }} }}",
        (id, v) => $"class {id} {{ void M() => System.Environment.SetEnvironmentVariable(\"MAILGUN_API_KEY\", \"{v}\"); }}",
        (id, v) => $"class {id} {{ object M() => new System.Net.NetworkCredential(\"svc\", \"{v}\"); }}",
        (id, v) => $"class {id} {{ string GetAccessToken() => \"{v}\"; }}",
    ];

    private static readonly Func<string, string, string>[] NegativeContexts =
    [
        (id, v) => $"class {id} {{ private const string Value = \"{v}\"; }}",
        (id, v) => $"class {id} {{ private const string ApiKey = \"{v}\"; }}",
        (id, v) => $"class {id} {{ void M() {{ var password = \"{v}\"; System.GC.KeepAlive(password); }} }}",
        (id, v) => $"class {id} {{ void M() => System.Environment.SetEnvironmentVariable(\"OPENAI_API_KEY\", \"{v}\"); }}",
        (id, v) => $"class {id} {{ System.Collections.Generic.Dictionary<string, string> D() => new() {{ [\"Smtp:Password\"] = \"{v}\" }}; }}",
    ];

    private static readonly Func<string, string>[] KeyMaterialContexts =
    [
        id => $"class {id} {{ System.Security.Cryptography.AesGcm A() => new(new byte[] {{ {Bytes(32)} }}, 16); }}",
        id => $"class {id} {{ byte[] H(byte[] d) => System.Security.Cryptography.HMACSHA256.HashData(System.Convert.FromHexString(\"{Convert.ToHexString(RandomNumberGenerator.GetBytes(32))}\"), d); }}",
        id => $"class {id} {{ static readonly byte[] MasterKey = System.Convert.FromBase64String(\"{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}\"); }}",
        id => $"class {id} {{ void M(System.Security.Cryptography.Aes aes) => aes.Key = System.Text.Encoding.UTF8.GetBytes(\"{SecretShapes.Random("abcdefghijkmnpqrstuvwxyz23456789", 32)}\"); }}",
    ];

    private static IEnumerable<string> AnyContextNegatives() =>
    [
        "sk-proj-your-api-key", "<OPENAI_API_KEY>", "${OPENAI_API_KEY}", "changeme", "xxxxxxxxxxxxxxxx", "your-api-key-here",
        "sk-...", "sk-1234", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "REPLACE_ME", "********",
        "OPENAI_API_KEY", "Providers:OpenAI:ApiKey", "ConnectionStrings__Vault", "api_key", "X-Api-Key",
        "API key is required", "Invalid bearer token", "Password must be at least 12 characters",
        "Password={0}", "Host={0};Username={1};Password={2}", "Password=${DB_PASSWORD}", "postgres://app:${DB_PASSWORD}@db/app",
        "Host=localhost;Username=postgres;Password=postgres", "amqp://guest:guest@localhost:5672", "Bearer <token>",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    ];

    private static IEnumerable<string> NeutralContextNegatives() =>
    [
        Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N"),
        Convert.ToHexStringLower(SHA256.HashData(RandomNumberGenerator.GetBytes(16))),
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)),
        "iVBORw0KGgoAAAANSUhEUgAA" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(150)),
        "-----BEGIN PUBLIC KEY-----\n" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(270)) + "\n-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(600)) + "\n-----END CERTIFICATE-----",
        "^sk-[A-Za-z0-9]{48}$", "ghp_[0-9a-zA-Z]{36}", "(?i)bearer\\s+[a-z0-9._-]+", "sk-", "sk-ant-", "ghp_", "AKIA",
        "https://api.openai.com/v1/chat/completions", "text-embedding-3-small", "gpt-4o-mini-2024-07-18", "application/json",
        "https://hooks.slack.com/services/", "SG.", "Basic realm=\"api\"",
    ];

    /// <summary>Values under names that are about a secret, not one: character sets, versions, lookup keys, thumbprints, documented samples.</summary>
    private static IEnumerable<string> NamesAboutSecrets() =>
    [
        "const string PasswordChars = \"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%\";",
        "const string SecretVersion = \"v2024-06-01\";",
        "const string TokenCacheKey = \"tokens:v2:user\";",
        $"const string SigningKeyThumbprint = \"{Convert.ToHexString(RandomNumberGenerator.GetBytes(20))}\";",
        "const string PasswordResetPartitionKey = \"reset-2024\";",
        "const string StripeSecretKey = \"sk_test_\" + \"4eC39HqLyjWDarjtT1zdp7dc\";",
        "const string ClientSecretTemplate = \"{{client_secret}}\";",
        "const string DbPassword = \"$DB_PASSWORD\";",
    ];

    /// <summary>A random password with the symbols people put in passwords, '$' and '%' among them.</summary>
    private static string RandomSecretWithSymbols() =>
        SecretShapes.Random("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ", 10) + SecretShapes.Random("$%!@#^&*", 2) + SecretShapes.Random("23456789", 4);

    /// <summary>A random password-like value of no provider shape.</summary>
    private static string RandomSecret() => SecretShapes.Random("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_", 20);

    private static string Bytes(int count) => string.Join(", ", RandomNumberGenerator.GetBytes(count).Select(b => $"0x{b:x2}"));

    /// <summary>The value as the body of a regular C# string literal.</summary>
    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
