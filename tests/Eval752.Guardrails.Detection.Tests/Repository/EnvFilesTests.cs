using Eval752.Guardrails.Detection.Repository;

namespace Eval752.Guardrails.Detection.Tests.Repository;

public sealed class EnvFilesTests
{
    [Theory]
    [InlineData(".env", true)]
    [InlineData(".env.production", true)]
    [InlineData("worker.env", true)]
    [InlineData(".env.example", false)]
    [InlineData(".env.sample", false)]
    [InlineData("prod.env.template", false)]
    [InlineData(".envrc", false)]
    [InlineData("environment.json", false)]
    public void RealEnvFiles_AreTheOnesWithoutATemplateSuffix(string name, bool expected) =>
        Assert.Equal(expected, EnvFiles.IsRealEnvFile(name));

    [Theory]
    [InlineData(".env", true)]
    [InlineData(".env.local", true)]
    [InlineData(".env.example", false)]
    [InlineData("app.env", false)]
    public void GitignorePatterns_WithNegations_LaterLinesWinning(string name, bool expected) =>
        Assert.Equal(expected, EnvFiles.IsIgnored(["# secrets", "/.env", ".env.*", "!.env.example", "docs/*.env"], name));

    [Fact]
    public void Glob_IsNotExponential_OnHostilePatterns() =>
        Assert.False(EnvFiles.IsIgnored([new string('*', 40) + "b"], new string('a', 5000)));
}
