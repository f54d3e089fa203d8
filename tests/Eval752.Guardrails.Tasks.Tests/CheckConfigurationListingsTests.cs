namespace Eval752.Guardrails.Tasks.Tests;

public sealed class CheckConfigurationListingsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("eval752-listings-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private (bool Succeeded, FakeBuildEngine Engine) Run(string? envExample, string? docs, string? frameworkKeys = null)
    {
        var envPath = Path.Combine(directory, ".env.example");
        var docsPath = Path.Combine(directory, "docs", "configuration.md");
        if (envExample is not null)
        {
            File.WriteAllText(envPath, envExample);
        }

        if (docs is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(docsPath)!);
            File.WriteAllText(docsPath, docs);
        }

        var engine = new FakeBuildEngine();
        var task = new CheckConfigurationListings { BuildEngine = engine, EnvExamplePath = envPath, ConfigurationDocsPath = docsPath, FrameworkKeys = frameworkKeys };
        return (task.Execute(), engine);
    }

    [Fact]
    public void Disagreement_LogsCodedErrorsAtTheListings_AndFails()
    {
        var (succeeded, engine) = Run("A=\nB=\n", "| Variable |\n|---|\n| A |\n| C |\n");

        Assert.False(succeeded);
        Assert.Equal(
            [
                "error EG0204 .env.example(2,1): B is in .env.example but not documented in configuration.md; add a table row whose first cell is `B` saying what it configures, or remove the line if nothing reads it",
                "error EG0204 configuration.md(4,1): C is documented in configuration.md but not in .env.example; add 'C=' with a placeholder value, or remove the row if nothing reads it",
            ],
            engine.Log);
    }

    [Fact]
    public void ExtraFrameworkKeys_MayBeListedOnce() =>
        Assert.True(Run("A=\nSERILOG__MINIMUMLEVEL=Information\n", "| Variable |\n|---|\n| A |\n", "Serilog__*").Succeeded);

    [Theory]
    [InlineData(null, "| Variable |\n|---|\n| A |\n")]
    [InlineData("A=\n", null)]
    public void AMissingFile_IsLeftToItsOwnRule(string? envExample, string? docs)
    {
        var (succeeded, engine) = Run(envExample, docs);
        Assert.True(succeeded);
        Assert.Empty(engine.Log);
    }
}
