using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Secrets;
using Eval752.Guardrails.Detection.Secrets.Detectors;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Detection.Tests.Secrets;

public sealed class SecretScannerTests
{
    public static IEnumerable<object[]> Shapes() => SecretShapes.Rows(SecretShapes.All);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void EveryShape_IsFoundWithItsKindSpanAndFingerprint_InsideText(string kind, int index)
    {
        for (var attempt = 0; attempt < 25; attempt++)
        {
            var made = SecretShapes.All[index].Make();
            var secret = SecretShapes.SecretPart(kind, made);
            var text = $"log line: key=\"{made}\" (end)";

            var finding = Assert.Single(SecretScanner.Scan(text));

            Assert.Equal(kind, finding.Kind);
            Assert.Equal(SecretConfidence.High, finding.Confidence);
            Assert.Equal(text.IndexOf(secret, StringComparison.Ordinal), finding.Start);
            Assert.Equal(secret.Length, finding.Length);
            Assert.Equal(SecretFingerprint.Of(secret), finding.Fingerprint);
            Assert.DoesNotContain(secret, finding.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ManySecretsInOneText_AreAllFound_InOrder()
    {
        var secrets = SecretShapes.All.Select(s => s.Make()).ToArray();
        var text = string.Join(" | ", secrets);

        var findings = SecretScanner.Scan(text);

        Assert.Equal(SecretShapes.All.Select(s => s.Kind), findings.Select(f => f.Kind));
    }

    [Fact]
    public void GitHubToken_WithAWrongChecksum_IsNotASecret()
    {
        var token = SecretShapes.GitHubClassicToken();
        var broken = token[..^1] + (token[^1] == 'a' ? 'b' : 'a');

        Assert.Empty(SecretScanner.Scan(broken));
    }

    [Fact]
    public void GitHubChecksum_UsesStandardCrc32AndBase62() =>
        Assert.Equal(("2LolCm", 0xCBF43926u), (GitHubDetector.Checksum("abcdefghijklmnopqrstuvwxyz0123"), Crc32.Compute("123456789", 0, 9)));

    public static TheoryData<string> LookAlikes() => new()
    {
        "sk-" + SecretShapes.Random("abc", 40),
        "sk-proj-" + SecretShapes.Random("ABCDEFGH", 60),
        "sk-ant-api03-" + SecretShapes.Random("abcdefghij", 94),
        "sk-ant-api03-" + SecretShapes.Random("abcdefghijklmnop", 93) + "AB",
        "hf_" + SecretShapes.Random("abcdefghijklmnop", 20),
        "AKIAIOSFODNN7EXAMPLE",
        "AKIA" + SecretShapes.Random("ABCDEFGH", 15),
        "ghp_" + SecretShapes.Random("abcdef", 20),
        "AIza" + SecretShapes.Random("abcdefghijklmno", 20),
        "sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "-----BEGIN PUBLIC KEY-----\n" + Convert.ToBase64String(new byte[200]) + "\n-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(new byte[200]) + "\n-----END CERTIFICATE-----",
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "eyJub3QiOiJhIGp3dCJ9.eyJzdWIiOiIxIn0." + SecretShapes.Random("abcdefghijklmnop", 40),
        "if (key.StartsWith(\"sk-\")) return; // OpenAI keys start with sk-proj-",
        "task-ant-api03 OPENAI_API_KEY ANTHROPIC_API_KEY Providers:OpenAI:ApiKey ${OPENAI_API_KEY}",
        "sk-proj-your-api-key-here-T3BlbkFJ-your-api-key-here-please-change",
        "SG.short.key",
        // Azure AD marker look-alikes: inside a path or word, too short, too long.
        "https://files.example.org/abc8Q~" + SecretShapes.Random("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNP23456789", 33),
        "key=\"abc8Q~" + SecretShapes.Random("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNP23456789", 30) + "\"",
        "key=\"abc8Q~" + SecretShapes.Random("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNP23456789", 35) + "\"",
        // Stripe's API reference samples (split so other scanners do not stop on this file).
        "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc",
        "stripe.api_key = \"sk_test_" + "BQokikJOvBiI2HlWgH4olfQ2\"",
    };

    [Fact]
    public void AnAwsSecretKey_HasOneFingerprint_InCredentialsFilesJsonEnvFilesAndCode()
    {
        var key = SecretShapes.AwsSecretAccessKey();
        var expected = SecretFingerprint.Of(key);

        foreach (var text in new[] { $"[default]\naws_secret_access_key = {key}\n", $"{{ \"SecretAccessKey\": \"{key}\" }}", $"AWS_SECRET_ACCESS_KEY={key}" })
        {
            var finding = Assert.Single(SecretScanner.Scan(text));
            Assert.Equal(("aws-secret-access-key", text.IndexOf(key, StringComparison.Ordinal), 40, expected), (finding.Kind, finding.Start, finding.Length, finding.Fingerprint));
        }

        Assert.Equal(expected, Eval752.Guardrails.Detection.Secrets.Detectors.AwsSecretAccessKeyDetector.FromName("awsSecretAccessKey", key)!.Fingerprint);
        Assert.Null(Eval752.Guardrails.Detection.Secrets.Detectors.AwsSecretAccessKeyDetector.FromName("cacheKey", key));
    }

    [Fact]
    public void StripeTestKeys_OtherThanTheDocumentedSamples_AreSecrets() =>
        Assert.Equal("stripe", Assert.Single(SecretScanner.Scan("sk_test_" + SecretShapes.Random("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNP23456789", 24))).Kind);

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void LookAlikesPlaceholdersAndPublishedSamples_AreNotSecrets(string text) =>
        Assert.Empty(SecretScanner.Scan(text));

    [Fact]
    public void PrivateKey_WithEscapedNewlinesOrSplitLiterals_IsFound()
    {
        var escaped = SecretShapes.PemPrivateKey("PRIVATE KEY", "\\n");
        var split = string.Join("\" +\n    \"", SecretShapes.PemPrivateKey("EC PRIVATE KEY").Split('\n'));

        Assert.Equal("private-key", Assert.Single(SecretScanner.Scan($"var pem = \"{escaped}\";")).Kind);
        Assert.Equal("private-key", Assert.Single(SecretScanner.Scan($"var pem = \"{split}\";")).Kind);
    }

    [Fact]
    public void SecretGluedToAWord_IsNotAToken() =>
        Assert.Empty(SecretScanner.Scan("mask" + SecretShapes.OpenAiLegacyKey()));

    [Fact]
    public void HugeAndHostileInputs_Complete()
    {
        // Correctness on adversarial inputs; speed is measured in benchmarks, not here.
        Assert.Empty(SecretScanner.Scan(string.Concat(Enumerable.Repeat("sk-", 200_000))));
        Assert.Empty(SecretScanner.Scan(string.Concat(Enumerable.Repeat("-----BEGIN RSA PRIVATE KEY-----", 2_000))));
        Assert.Empty(SecretScanner.Scan(string.Concat(Enumerable.Repeat("eyJ", 100_000))));
        Assert.Empty(SecretScanner.Scan("\0\uD800\uDFFF\uFFFE" + new string('a', 100_000)));
    }
}
