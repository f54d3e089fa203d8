using Eval752.Guardrails.CodeFixes.MoveSecret;

namespace Eval752.Guardrails.CodeFixes.Tests;

public sealed class SecretVariableNameTests
{
    [Theory]
    [InlineData("openAiKey", null, "OPENAI_KEY")]
    [InlineData("gitHubToken", "github", "GITHUB_TOKEN")]
    [InlineData("apiKey", "openai", "OPENAI_API_KEY")]
    [InlineData("apiKey", "stripe", "STRIPE_SECRET_KEY")]
    [InlineData("token", "huggingface", "HF_TOKEN")]
    [InlineData("smtp_password", null, "SMTP_PASSWORD")]
    [InlineData("connectionString", "connection-string-password", "ConnectionStrings__Default")]
    [InlineData("vaultConnectionString", "connection-string-password", "ConnectionStrings__Vault")]
    [InlineData("reportingDbConnection", null, "ConnectionStrings__ReportingDb")]
    [InlineData(null, "url-credentials", "ConnectionStrings__Default")]
    [InlineData(null, null, "SECRET")]
    [InlineData("apiKey", "generic", "API_KEY")]
    public void Identifiers_BecomeEnvironmentNames(string? identifier, string? kind, string expected) =>
        Assert.Equal(expected, SecretVariableName.FromIdentifier(identifier, kind).EnvironmentName);

    [Theory]
    [InlineData("OpenAiOptions", "ApiKey", "OpenAi__ApiKey", "OpenAi:ApiKey")]
    [InlineData("SmtpSettings", "Password", "Smtp__Password", "Smtp:Password")]
    [InlineData("StripeConfig", "SecretKey", "Stripe__SecretKey", "Stripe:SecretKey")]
    public void OptionsMembers_UseTheirSection(string type, string member, string environmentName, string configurationKey)
    {
        var name = SecretVariableName.FromOptionsMember(type, member)!;
        Assert.Equal(environmentName, name.EnvironmentName);
        Assert.Equal(configurationKey, name.ConfigurationKey);
    }

    [Fact]
    public void ATypeThatIsNotAnOptionsClass_HasNoSection() => Assert.Null(SecretVariableName.FromOptionsMember("Options", "ApiKey"));

    [Theory]
    [InlineData("Providers:OpenAI:ApiKey", "Providers__OpenAI__ApiKey")]
    [InlineData("X_API_KEY", "X_API_KEY")]
    public void KeysTheCodeSpells_AreKept(string key, string environmentName) =>
        Assert.Equal(environmentName, SecretVariableName.FromKey(key).EnvironmentName);
}
