using Eval752.Guardrails.Detection.Secrets;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Detection.Tests.Secrets;

public sealed class CredentialDetectorsTests
{
    public static IEnumerable<object[]> Credentials() => SecretShapes.Rows(SecretShapes.Credentials);

    [Theory]
    [MemberData(nameof(Credentials))]
    public void EmbeddedCredentials_AreFound_AsMediumConfidenceCredentials(string kind, int index)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var finding = Assert.Single(SecretScanner.Scan(SecretShapes.Credentials[index].Make()));
            Assert.Equal((kind, SecretConfidence.Medium, SecretFamily.Credential), (finding.Kind, finding.Confidence, finding.Family));
        }
    }

    public static TheoryData<string> NotCredentials() => new()
    {
        "Host=localhost;Username=postgres;Password=postgres",
        "amqp://guest:guest@localhost:5672/",
        "Host={0};Password={1}",
        "Password=${DB_PASSWORD};Host=db",
        "Password=<password>",
        "Password=;Host=db",
        "Password=changeme",
        "postgresql://app@db.internal/eval752",
        "https://example.org/path?user=a:b@c",
        "https://docs.example.org/users/me:profile",
        "Authorization: Bearer <token>",
        "Authorization: Bearer ${API_TOKEN}",
        "Authorization: Basic dXNlcm5hbWU=",
        "bearer tokens are accepted in the Authorization header",
        "PasswordPolicy=Strong;MinLength=12",
        "Password=%DB_PASSWORD%;Host=db",
        "Password=$DB_PASSWORD;Host=db",
        "postgres://app:$(DB_PASSWORD)@db.internal/app",
    };

    [Theory]
    [InlineData("Host=db.internal;Username=app;Password=", "$;Pooling=true")]
    [InlineData("Server=sql01;User Id=app;Pwd=", "%;Encrypt=true")]
    [InlineData("postgres://app:", "<@db.internal/app")]
    public void PasswordsWithTemplateCharacters_ThatAreNoTemplate_AreCredentials(string before, string after)
    {
        var password = SecretShapes.Random("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 14);

        var finding = Assert.Single(SecretScanner.Scan(before + password + after));

        Assert.Equal(SecretFamily.Credential, finding.Family);
    }

    [Theory]
    [MemberData(nameof(NotCredentials))]
    public void TemplatesPlaceholdersAndLoopbackDefaults_AreNotCredentials(string text) =>
        Assert.Empty(SecretScanner.Scan(text));

    [Fact]
    public void AzureStorageKeyInAConnectionString_IsAProviderKey()
    {
        var text = $"DefaultEndpointsProtocol=https;AccountName=eval752;{SecretShapes.AzureStorageAccountKey()};EndpointSuffix=core.windows.net";
        var finding = Assert.Single(SecretScanner.Scan(text));
        Assert.Equal(("azure-key", SecretFamily.ProviderKey), (finding.Kind, finding.Family));
    }
}
