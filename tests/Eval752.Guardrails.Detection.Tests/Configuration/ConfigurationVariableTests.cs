using Eval752.Guardrails.Detection.Configuration;

namespace Eval752.Guardrails.Detection.Tests.Configuration;

public sealed class ConfigurationVariableTests
{
    [Theory]
    [InlineData("Providers:OpenAI:ApiKey", "Providers__OpenAI__ApiKey")]
    [InlineData("Providers__OpenAI__ApiKey", "Providers__OpenAI__ApiKey")]
    [InlineData("ENCRYPTION_KEY", "ENCRYPTION_KEY")]
    public void Canonical_IsTheEnvironmentVariableForm(string key, string expected) =>
        Assert.Equal(expected, ConfigurationVariable.Canonical(key));

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT", true)]
    [InlineData("dotnet_running_in_container", true)]
    [InlineData("Logging__LogLevel__Default", true)]
    [InlineData("AllowedHosts", true)]
    [InlineData("PATH", true)]
    [InlineData("PATHS_TO_SCAN", false)]
    [InlineData("Smtp__Host", false)]
    [InlineData("Serilog__MinimumLevel", false)]
    public void DefaultFrameworkKeys_AreExactOrPrefixMatches(string variable, bool expected) =>
        Assert.Equal(expected, ConfigurationVariable.IsFrameworkKey(variable, ConfigurationVariable.DefaultFrameworkPatterns));

    [Fact]
    public void ExtraPatterns_AddToTheDefaults_InEitherSpelling() =>
        Assert.True(ConfigurationVariable.IsFrameworkKey("Serilog__MinimumLevel", ConfigurationVariable.FrameworkPatterns(" Serilog:* ; OTHER")));
}
