using Eval752.Guardrails.Detection.Configuration;

namespace Eval752.Guardrails.Tasks.Tests;

/// <summary>EG0205 over a repository folder with two project files and the records their builds would leave.</summary>
public sealed class CheckStaleVariablesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("eval752-stale-").FullName;

    public CheckStaleVariablesTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "src", "Api"));
        Directory.CreateDirectory(Path.Combine(root, "src", "Worker"));
        File.WriteAllText(Path.Combine(root, "src", "Api", "Api.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        File.WriteAllText(Path.Combine(root, "src", "Worker", "Worker.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        File.WriteAllText(Path.Combine(root, ".env.example"), "# API\nProviders__OpenAI__ApiKey=\n# worker\nQUEUE_URL=\n# nobody\nOLD_FLAG=false\nASPNETCORE_URLS=http://localhost:5000\n");
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        File.WriteAllText(Path.Combine(root, "docs", "configuration.md"), "| Variable | Meaning |\n|---|---|\n| `Providers:OpenAI:ApiKey` | key |\n| QUEUE_URL | queue |\n| OLD_FLAG | gone |\n");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Records => Path.Combine(root, "obj", "eval752-reads");

    private void Record(string project, params string[] reads)
    {
        Directory.CreateDirectory(Records);
        var path = Path.Combine(root, "src", project, project + ".csproj");
        File.WriteAllText(Path.Combine(Records, project + ".reads"), new ConfigurationReadRecord(path, reads).Format());
    }

    private (bool Succeeded, bool Complete, FakeBuildEngine Engine) Run(string? ignored = null, string? external = null)
    {
        var engine = new FakeBuildEngine();
        var task = new CheckStaleVariables
        {
            BuildEngine = engine,
            EnvExamplePath = Path.Combine(root, ".env.example"),
            ConfigurationDocsPath = Path.Combine(root, "docs", "configuration.md"),
            RecordsDirectory = Records,
            RepositoryRoot = root,
            IgnoredProjects = ignored,
            ExternalVariables = external,
        };
        return (task.Execute(), task.Complete, engine);
    }

    [Fact]
    public void AVariableNoProjectReads_IsReportedAtBothListings_WhileEachProjectsReadsCount()
    {
        Record("Api", "Providers__OpenAI__ApiKey");
        Record("Worker", "queue_url");

        var (succeeded, complete, engine) = Run();

        Assert.True(succeeded);
        Assert.True(complete);
        Assert.Equal(
            [
                "warning EG0205 .env.example(6,1): OLD_FLAG is in .env.example but none of the repository's 2 projects reads it; remove the line (and its docs row), or add it to Eval752ExternalVariables if something outside .NET code reads it",
                "warning EG0205 configuration.md(5,1): OLD_FLAG is documented in configuration.md but none of the repository's 2 projects reads it; remove the row (and its .env.example line), or add it to Eval752ExternalVariables if something outside .NET code reads it",
            ],
            engine.Findings);
    }

    [Theory]
    [InlineData("*__URL", true)]
    [InlineData("*__QUEUE_URL", false)]
    [InlineData("*__RL", false)]
    public void ASuffixPattern_CoversVariablesEndingInThatSegment(string read, bool coversQueueUrlAsSection)
    {
        File.WriteAllText(Path.Combine(root, ".env.example"), "Providers__OpenAI__ApiKey=\nQueue__Url=\nQUEUE_URL=\n");
        File.Delete(Path.Combine(root, "docs", "configuration.md"));
        Record("Api", "Providers__OpenAI__ApiKey");
        Record("Worker", read);

        var (_, _, engine) = Run();

        Assert.Equal(coversQueueUrlAsSection, !engine.Findings.Any(line => line.Contains("Queue__Url", StringComparison.Ordinal)));
        Assert.Contains(engine.Findings, line => line.Contains(" QUEUE_URL is", StringComparison.Ordinal));
    }

    [Fact]
    public void AProjectWithoutARecord_PostponesTheCheck_AndSaysWhichOne()
    {
        Record("Api", "Providers__OpenAI__ApiKey");

        var (succeeded, complete, engine) = Run();

        Assert.True(succeeded);
        Assert.False(complete);
        Assert.Empty(engine.Findings);
        Assert.Contains(engine.Log, line => line.Contains("1 of 2 projects", StringComparison.Ordinal) && line.Contains("src/Worker/Worker.csproj", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Worker.csproj")]
    [InlineData("src/Worker/Worker.csproj")]
    [InlineData("src/Worker/")]
    public void AnIgnoredProject_IsNotWaitedFor(string ignored)
    {
        Record("Api", "Providers__OpenAI__ApiKey", "QUEUE_URL");

        var (_, complete, engine) = Run(ignored);

        Assert.True(complete);
        Assert.Equal(2, engine.Findings.Count);
        Assert.All(engine.Findings, line => Assert.Contains("OLD_FLAG", line, StringComparison.Ordinal));
        Assert.Contains("the repository's one project does not read it", engine.Findings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalVariables_AreNeverStale()
    {
        Record("Api", "Providers__OpenAI__ApiKey");
        Record("Worker", "QUEUE_URL");

        var (_, complete, engine) = Run(external: "OLD_*");

        Assert.True(complete);
        Assert.Empty(engine.Findings);
    }

    [Fact]
    public void ARecordOfADeletedProject_NoLongerCounts()
    {
        Record("Api", "Providers__OpenAI__ApiKey");
        Record("Worker", "QUEUE_URL", "OLD_FLAG");
        Directory.Delete(Path.Combine(root, "src", "Worker"), recursive: true);

        var (_, complete, engine) = Run();

        Assert.True(complete);
        Assert.Equal(4, engine.Findings.Count);
        Assert.Equal(2, engine.Findings.Count(line => line.Contains("QUEUE_URL", StringComparison.Ordinal)));
    }

    [Fact]
    public void AFileThatIsNotARecord_IsIgnoredWithAMessage()
    {
        Record("Api", "Providers__OpenAI__ApiKey");
        Record("Worker", "QUEUE_URL");
        File.WriteAllText(Path.Combine(Records, "junk.reads"), "\0\0binary");

        var (succeeded, complete, engine) = Run();

        Assert.True(succeeded);
        Assert.True(complete);
        Assert.Contains(engine.Log, line => line.StartsWith("message ", StringComparison.Ordinal) && line.Contains("junk.reads is not a configuration read record", StringComparison.Ordinal));
    }

    [Fact]
    public void NoListings_NothingToCheck()
    {
        File.Delete(Path.Combine(root, ".env.example"));
        File.Delete(Path.Combine(root, "docs", "configuration.md"));

        var (succeeded, complete, engine) = Run();

        Assert.True(succeeded && complete);
        Assert.Empty(engine.Log);
    }
}
