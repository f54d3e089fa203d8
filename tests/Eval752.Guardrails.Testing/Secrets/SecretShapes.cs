using System.Security.Cryptography;
using System.Text;

namespace Eval752.Guardrails.Testing.Secrets;

/// <summary>
/// Structurally valid, random, fake secrets of every provider shape, made at run time so the repository
/// never holds a secret-shaped literal. Each call returns a new value. Written independently of the
/// product's detectors (own CRC-32, own encodings) so that tests check one against the other.
/// </summary>
public static class SecretShapes
{
    public const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string UrlSafe = Alphanumeric + "-_";
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string Base32Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string Hex = "0123456789abcdef";
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Every shape by kind, as the detection engine names kinds.</summary>
    public static IReadOnlyList<(string Kind, Func<string> Make)> All { get; } =
    [
        ("openai", OpenAiProjectKey),
        ("openai", OpenAiLegacyKey),
        ("openai", OpenAiServiceAccountKey),
        ("anthropic", AnthropicKey),
        ("anthropic", AnthropicAdminKey),
        ("huggingface", HuggingFaceToken),
        ("huggingface", HuggingFaceOrgToken),
        ("github", () => GitHubClassicToken()),
        ("github", GitHubFineGrainedToken),
        ("aws-access-key-id", AwsAccessKeyId),
        ("slack", SlackBotToken),
        ("slack", SlackWebhook),
        ("stripe", StripeLiveKey),
        ("stripe", StripeWebhookSecret),
        ("google-api-key", GoogleApiKey),
        ("groq", GroqKey),
        ("langsmith", LangSmithKey),
        ("sendgrid", SendGridKey),
        ("jwt", Jwt),
        ("private-key", () => PemPrivateKey()),
        ("azure-key", AzureStorageAccountKey),
        ("azure-ad-client-secret", AzureAdClientSecret),
        ("aws-secret-access-key", () => "aws_secret_access_key = " + AwsSecretAccessKey()),
    ];

    /// <summary>Credentials (EG0002 family), each embedded in the text around it as services write them.</summary>
    public static IReadOnlyList<(string Kind, Func<string> Make)> Credentials { get; } =
    [
        ("connection-string-password", () => $"Host=db.prod.internal;Database=eval752;Username=app;Password={Random(Alphanumeric, 18)}"),
        ("connection-string-password", () => $"Server=sql01;Database=app;User Id=app;Pwd={Random(Alphanumeric, 14)};Encrypt=true"),
        ("connection-string-password", () => $"cache.internal:6380,password={Random(Alphanumeric, 32)},ssl=True"),
        ("url-credentials", () => $"postgresql://app:{Random(Alphanumeric, 16)}@db.prod.internal:5432/eval752"),
        ("url-credentials", () => $"redis://:{Random(Alphanumeric, 24)}@cache.internal:6379/0"),
        ("url-credentials", () => $"amqps://worker:{Random(Alphanumeric, 20)}@mq.internal/vhost"),
        ("url-credentials", () => $"mongodb+srv://svc:{Random(Alphanumeric, 20)}@cluster0.example.net/db"),
        ("authorization-header", () => $"Authorization: Bearer {Random(UrlSafe, 40)}"),
        ("authorization-header", () => $"Authorization: Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"svc:{Random(Alphanumeric, 16)}"))}"),
    ];

    /// <summary>Theory rows (kind, index into <paramref name="shapes"/>) for <c>[MemberData]</c>.</summary>
    public static IEnumerable<object[]> Rows(IReadOnlyList<(string Kind, Func<string> Make)> shapes) =>
        shapes.Select((shape, index) => new object[] { shape.Kind, index });

    /// <summary>Entra ID client secret: three characters, a digit, the <c>Q~</c> marker, 31-34 more (37-40 in all).</summary>
    public static string AzureAdClientSecret() =>
        Random(Alphanumeric + "_~.", 3) + Random("0123456789", 1) + "Q~" + Random(Alphanumeric + "_~.-", 31 + RandomNumberGenerator.GetInt32(4));

    /// <summary>
    /// The part of a made shape that is the secret itself: the whole value, except where the shape carries the name
    /// it is recognised by (an AWS secret key after <c>aws_secret_access_key = </c>), where findings cover the key alone.
    /// </summary>
    public static string SecretPart(string kind, string made) => kind == "aws-secret-access-key" ? made[^40..] : made;

    /// <summary>40 base64 characters, with an upper-case letter, a lower-case letter and a digit as real keys have.</summary>
    public static string AwsSecretAccessKey() =>
        Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + Random("abcdefghijklmnopqrstuvwxyz", 1) + Random("0123456789", 1) + Random(Alphanumeric + "/+", 37);

    public static string AzureStorageAccountKey() => "AccountKey=" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

    public static string OpenAiProjectKey() => "sk-proj-" + Random(UrlSafe, 74) + "T3BlbkFJ" + Random(UrlSafe, 74);

    public static string OpenAiLegacyKey() => "sk-" + Random(Alphanumeric, 20) + "T3BlbkFJ" + Random(Alphanumeric, 20);

    public static string OpenAiServiceAccountKey() => "sk-svcacct-" + Random(UrlSafe, 60) + "T3BlbkFJ" + Random(UrlSafe, 60);

    public static string AnthropicKey() => "sk-ant-api03-" + Random(UrlSafe, 93) + "AA";

    public static string AnthropicAdminKey() => "sk-ant-admin01-" + Random(UrlSafe, 93) + "AA";

    public static string HuggingFaceToken() => "hf_" + Random(Letters, 34);

    public static string HuggingFaceOrgToken() => "api_org_" + Random(Letters, 34);

    public static string GitHubClassicToken(string prefix = "ghp_")
    {
        var payload = Random(Alphanumeric, 30);
        return prefix + payload + GitHubChecksum(payload);
    }

    public static string GitHubFineGrainedToken() => "github_pat_" + Random(Alphanumeric, 22) + "_" + Random(Alphanumeric, 59);

    public static string AwsAccessKeyId() => "AKIA" + Random(Base32Upper, 16);

    public static string SlackBotToken() => "xoxb-" + Random("0123456789", 12) + "-" + Random("0123456789", 13) + "-" + Random(Alphanumeric, 24);

    public static string SlackWebhook() => "https://hooks.slack.com/services/T" + Random(Base32Upper, 10) + "/B" + Random(Base32Upper, 10) + "/" + Random(Alphanumeric, 24);

    public static string StripeLiveKey() => "sk_live_" + Random(Alphanumeric, 99);

    public static string StripeWebhookSecret() => "whsec_" + Random(Alphanumeric, 32);

    public static string GoogleApiKey() => "AIza" + Random(UrlSafe, 35);

    public static string GroqKey() => "gsk_" + Random(Alphanumeric, 52);

    public static string LangSmithKey() => "lsv2_pt_" + Random(Hex, 32) + "_" + Random(Hex, 10);

    public static string SendGridKey() => "SG." + Random(UrlSafe, 22) + "." + Random(UrlSafe, 43);

    public static string Jwt()
    {
        var header = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        var payload = Base64Url($"{{\"sub\":\"{Guid.NewGuid()}\",\"iat\":{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}}");
        return $"{header}.{payload}.{Base64Url(RandomNumberGenerator.GetBytes(32))}";
    }

    public static string PemPrivateKey(string label = "RSA PRIVATE KEY", string newline = "\n")
    {
        var body = Convert.ToBase64String(RandomNumberGenerator.GetBytes(300));
        var lines = Enumerable.Range(0, (body.Length + 63) / 64).Select(i => body.Substring(i * 64, Math.Min(64, body.Length - (i * 64))));
        return $"-----BEGIN {label}-----{newline}{string.Join(newline, lines)}{newline}-----END {label}-----";
    }

    /// <summary>A random string over <paramref name="alphabet"/> (rejection sampling: no bias).</summary>
    public static string Random(string alphabet, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string GitHubChecksum(string payload)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in Encoding.ASCII.GetBytes(payload))
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        var value = ~crc;
        var digits = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            digits[i] = Base62[(int)(value % 62)];
            value /= 62;
        }

        return new string(digits);
    }
}
