using System.Security.Cryptography;
using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Detection.Tests.Configuration;

/// <summary>EG0206. Every secret-shaped value here is generated at run time; none is ever committed.</summary>
public sealed class EnvExampleSecretsTests
{
    private const string Path = "/repo/.env.example";

    private static string[] Find(string text) =>
        [.. EnvExampleSecrets.Find(Path, DotEnvParser.Parse(text)).Select(f => $"{f.Rule.Id} {f.Line}:{f.Column}")];

    public static IEnumerable<object[]> ProviderKeys() => SecretShapes.Rows(SecretShapes.All);

    public static IEnumerable<object[]> Credentials() => SecretShapes.Rows(SecretShapes.Credentials);

    [Theory]
    [MemberData(nameof(ProviderKeys))]
    public void ProviderKeys_AreReportedInsideTheValue(string kind, int index)
    {
        // Multi-line keys (PEM) are written the way .env files hold them: \n escapes inside double quotes.
        var value = SecretShapes.All[index].Make().Replace("\n", "\\n", StringComparison.Ordinal);
        var finding = Assert.Single(EnvExampleSecrets.Find(Path, DotEnvParser.Parse($"# {kind}\nPROVIDER_API_KEY=\"{value}\"\n")));
        Assert.Equal(("EG0206", 2), (finding.Rule.Id, finding.Line));
        Assert.InRange(finding.Column, 19, 19 + value.Length);
    }

    [Theory]
    [MemberData(nameof(Credentials))]
    public void Credentials_AreReported(string kind, int index)
    {
        var value = SecretShapes.Credentials[index].Make();
        Assert.Equal("EG0206", Assert.Single(EnvExampleSecrets.Find(Path, DotEnvParser.Parse($"# {kind}\nSERVICE_SETTING='{value}'"))).Rule.Id);
    }

    [Fact]
    public void RandomEncryptionKey_IsReported_ButTheFormatPlaceholdersAreNot()
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        Assert.Equal(["EG0206 1:16"], Find($"ENCRYPTION_KEY={key}"));
        Assert.Empty(Find($"ENCRYPTION_KEY={new string('0', 64)}"));
        Assert.Empty(Find($"ENCRYPTION_KEY={string.Concat(Enumerable.Repeat("0123456789abcdef", 4))}"));
        Assert.Empty(Find($"ENCRYPTION_KEY={Convert.ToHexString([.. Enumerable.Range(0, 32).Select(i => (byte)i)])}"));
        Assert.Empty(Find("ENCRYPTION_KEY="));
    }

    [Fact]
    public void RandomValueUnderASecretName_IsReported() =>
        Assert.Equal(["EG0206 1:15"], Find($"SMTP_PASSWORD={RandomAlphanumeric(24)}"));

    [Theory]
    [InlineData("POSTGRES_PASSWORD=postgres")]
    [InlineData("POSTGRES_PASSWORD=mysecretpassword")]
    [InlineData("REDIS_PASSWORD=devpassword123")]
    [InlineData("API_TOKEN=changeme")]
    [InlineData("API_TOKEN=<your-token>")]
    [InlineData("API_TOKEN=${API_TOKEN}")]
    [InlineData("OPENAI_API_KEY=sk-...")]
    [InlineData("OPENAI_API_KEY=")]
    [InlineData("CLIENT_SECRET=Abc12345")]
    [InlineData("ConnectionStrings__Vault=Host=localhost;Username=postgres;Password=postgres")]
    [InlineData("RABBITMQ_URL=amqp://guest:guest@localhost:5672/")]
    [InlineData("ConnectionStrings__Vault=Host=db;Username=app;Password=")]
    [InlineData("Providers__OpenAI__ApiKey=Providers:OpenAI:ApiKey")]
    public void PlaceholdersDevelopmentDefaultsAndLowEntropyValues_AreNotSecrets(string line) =>
        Assert.Empty(Find(line));

    [Fact]
    public void RandomValueUnderANameThatIsNotSecret_IsNotReported() =>
        Assert.Empty(Find($"BUILD_COMMIT={Convert.ToHexString(RandomNumberGenerator.GetBytes(20))}"));

    [Fact]
    public void Message_NamesTheVariableAndFingerprint_NeverTheValue()
    {
        var value = RandomAlphanumeric(24);
        var finding = Assert.Single(EnvExampleSecrets.Find(Path, DotEnvParser.Parse($"SMTP_PASSWORD={value}")));
        Assert.Contains("SMTP_PASSWORD", finding.Message, StringComparison.Ordinal);
        Assert.Contains("fingerprint", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value[..6], finding.Message, StringComparison.Ordinal);
    }

    /// <summary>No vowels, so a random value never spells a placeholder word (dev, test, admin…) by chance.</summary>
    private static string RandomAlphanumeric(int length) =>
        RandomNumberGenerator.GetString("BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz0123456789", length);
}
