using Eval752.Guardrails.Testing.Builds;

namespace Eval752.Guardrails.Package.Tests;

/// <summary>
/// EG0205 in a repository of two projects built with the packed package: each project's reads are recorded
/// under the repository's obj folder, a variable either project reads is not stale, and a variable neither
/// reads is reported at its .env.example line and its docs row.
/// </summary>
[Collection(PackageFeedFixture.Collection)]
public sealed class MultiProjectRepositoryTests(PackageFeedFixture fixture)
{
    private const string StaleTarget = "_Eval752CheckStaleVariables";

    private static readonly string PlaceholderKey = new('0', 64);

    private static string Reader(string name, params string[] variables) => $$"""
        namespace {{name}};

        public static class Settings
        {
            public static string?[] Read() => [{{string.Join(", ", variables.Select(v => $"Environment.GetEnvironmentVariable(\"{v}\")"))}}];
        }
        """;

    private static BuildFixture TwoProjects(GuardrailsPackageFeed feed)
    {
        var repository = BuildFixture.Create(feed);
        repository.DeleteFile(BuildFixture.ProjectName + ".csproj");
        repository.WriteFile("src/Api/Api.csproj", repository.ProjectFile());
        repository.WriteFile("src/Api/Settings.cs", Reader("Api", "ENCRYPTION_KEY", "SMTP_HOST"));
        repository.WriteFile("src/Worker/Worker.csproj", repository.ProjectFile());
        repository.WriteFile("src/Worker/Settings.cs", Reader("Worker", "Queue:Url"));
        repository.WriteFile("Repository.slnx", """
            <Solution>
              <Project Path="src/Api/Api.csproj" />
              <Project Path="src/Worker/Worker.csproj" />
            </Solution>
            """);
        repository.WriteFile(".env.example", $"ENCRYPTION_KEY={PlaceholderKey}\n# Mail relay.\nSMTP_HOST=\n# Work queue.\nQueue__Url=\n# Removed last release.\nOLD_FLAG=false\n");
        repository.WriteFile("docs/configuration.md", "| Variable | Description |\n|---|---|\n| ENCRYPTION_KEY | Master key. |\n| SMTP_HOST | Mail relay. |\n| `Queue:Url` | Work queue. |\n| OLD_FLAG | Removed. |\n");
        repository.WriteFile("CHANGELOG.md", "# Changelog\n\n## [Unreleased]\n\n- `ENCRYPTION_KEY`, `SMTP_HOST`, `Queue__Url` and `OLD_FLAG`.\n");
        return repository;
    }

    [Fact]
    public async Task AVariableNeitherProjectReads_IsStale_WhileEachProjectsOwnReadsAreNot()
    {
        using var repository = TwoProjects(fixture.Feed);

        var run = await repository.BuildPathAsync("Repository.slnx");

        Assert.True(run.Succeeded, run.Output);
        Assert.Equal(["EG0205 .env.example 7 1", "EG0205 docs/configuration.md 6 1"], run.DiagnosticKeys.Distinct());
        Assert.All(run.Diagnostics, d => Assert.Equal("warning", d.Severity));
        Assert.Contains("none of the repository's 2 projects reads it", run.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(repository.Root, "obj", "eval752-reads"), "*.reads").Length);
    }

    [Fact]
    public async Task WhenAProjectStopsReadingAVariable_TheNextBuildReportsIt_AndAnUnchangedBuildSkipsTheCheck()
    {
        using var repository = TwoProjects(fixture.Feed);
        repository.WriteFile(".env.example", $"ENCRYPTION_KEY={PlaceholderKey}\nSMTP_HOST=\nQueue__Url=\n");
        repository.WriteFile("docs/configuration.md", "| Variable | Description |\n|---|---|\n| ENCRYPTION_KEY | Master key. |\n| SMTP_HOST | Mail relay. |\n| `Queue:Url` | Work queue. |\n");

        var consistent = await repository.BuildPathAsync("Repository.slnx");
        Assert.True(consistent.Succeeded, consistent.Output);
        Assert.Empty(consistent.Diagnostics);

        var unchanged = await repository.BuildPathAsync("Repository.slnx");
        Assert.True(unchanged.SkippedTarget(StaleTarget), "an unchanged build should skip the stale-variable check");

        repository.WriteFile("src/Worker/Settings.cs", Reader("Worker", "SMTP_HOST"));
        var afterEdit = await repository.BuildPathAsync("src/Worker/Worker.csproj");
        Assert.True(afterEdit.Succeeded, afterEdit.Output);
        Assert.Equal(["EG0205 .env.example 3 1", "EG0205 docs/configuration.md 5 1"], afterEdit.DiagnosticKeys);
    }

    [Fact]
    public async Task BuildingOneProjectOfANeverBuiltRepository_WaitsForTheOther_InsteadOfGuessing()
    {
        using var repository = TwoProjects(fixture.Feed);

        var run = await repository.BuildPathAsync("src/Api/Api.csproj");

        Assert.True(run.Succeeded, run.Output);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("EG0205 (stale variables) not checked yet: 1 of 2 projects", run.Output, StringComparison.Ordinal);
    }
}
