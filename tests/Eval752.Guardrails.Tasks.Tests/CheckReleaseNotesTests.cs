using Eval752.Guardrails.Testing;

namespace Eval752.Guardrails.Tasks.Tests;

/// <summary>EG0203 against a real git history with release tags, and the documented fallbacks without one.</summary>
public sealed class CheckReleaseNotesTests : IDisposable
{
    private readonly string repository = Directory.CreateTempSubdirectory("eval752-release-").FullName;

    private string EnvExample => Path.Combine(repository, ".env.example");

    private string Changelog => Path.Combine(repository, "CHANGELOG.md");

    public void Dispose() => Directory.Delete(repository, recursive: true);

    private (bool Succeeded, FakeBuildEngine Engine) Run(string? tag = null)
    {
        var engine = new FakeBuildEngine();
        var task = new CheckReleaseNotes
        {
            BuildEngine = engine,
            EnvExamplePath = EnvExample,
            ReleaseNotesPath = Changelog,
            RepositoryRoot = repository,
            ReleaseTag = tag,
        };
        return (task.Execute(), engine);
    }

    private void Git(params string[] arguments) => TestGit.Run(repository, arguments);

    /// <summary>A repository whose v1.0.0 release had OLD_VARIABLE, and whose working tree adds Smtp__Host.</summary>
    private void ReleasedThenAdded(string unreleased)
    {
        Git("init", "-q", "-b", "main");
        File.WriteAllText(EnvExample, "OLD_VARIABLE=\n");
        File.WriteAllText(Changelog, "# Changelog\n\n## [1.0.0]\n- First release.\n");
        Git("add", ".");
        Git("commit", "-q", "-m", "release");
        Git("tag", "v1.0.0");
        File.WriteAllText(EnvExample, "OLD_VARIABLE=\nSmtp__Host=\n");
        File.WriteAllText(Changelog, $"# Changelog\n\n## [Unreleased]\n{unreleased}\n\n## [1.0.0]\n- First release. Mentions Smtp:Host in an old section.\n");
    }

    [Fact]
    public void VariableNewSinceTheTag_NotNamedUnderUnreleased_IsReportedAtTheHeading()
    {
        ReleasedThenAdded("- Alert mail through a relay.");

        var (succeeded, engine) = Run();

        Assert.False(succeeded);
        var error = Assert.Single(engine.Log);
        Assert.StartsWith("error EG0203 CHANGELOG.md(3,1): Configuration variable Smtp__Host is not announced in the release notes: it is new since v1.0.0", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- New variable `Smtp__Host`.")]
    [InlineData("- New variable SMTP:HOST for the relay.")]
    public void VariableNamedUnderUnreleased_InEitherSpelling_IsAnnounced_AndOldVariablesNeedNothing(string unreleased)
    {
        ReleasedThenAdded(unreleased);

        var (succeeded, engine) = Run();

        Assert.True(succeeded);
        Assert.Empty(engine.Log);
    }

    [Fact]
    public void NameThatOnlyContainsTheVariable_DoesNotAnnounceIt()
    {
        ReleasedThenAdded("- New variable `Smtp__HostName`.");

        Assert.False(Run().Succeeded);
    }

    [Fact]
    public void PinnedTagBeforeTheFileExisted_MakesEveryVariableNew()
    {
        Git("init", "-q", "-b", "main");
        File.WriteAllText(Path.Combine(repository, "README.md"), "x\n");
        Git("add", ".");
        Git("commit", "-q", "-m", "first");
        Git("tag", "v0.1.0");
        File.WriteAllText(EnvExample, "OLD_VARIABLE=\n");
        File.WriteAllText(Changelog, "# Changelog\n\n## [Unreleased]\n- New variable `OLD_VARIABLE`.\n");
        Assert.True(Run(tag: "v0.1.0").Succeeded);

        File.WriteAllText(Changelog, "# Changelog\n\n## [Unreleased]\n- Nothing named.\n");
        Assert.False(Run(tag: "v0.1.0").Succeeded);
    }

    [Fact]
    public void NoTagYet_FallsBackToNamedAnywhere_AndSaysSo()
    {
        Git("init", "-q", "-b", "main");
        File.WriteAllText(EnvExample, "Smtp__Host=\n");
        File.WriteAllText(Changelog, "# Changelog\n\n## [0.1.0]\n- New variable `Smtp__Host`.\n");

        var (succeeded, engine) = Run();

        Assert.True(succeeded);
        Assert.Contains(engine.Log, line => line.Contains("EG0203: no tag matching v* is reachable from HEAD", StringComparison.Ordinal));
    }

    [Fact]
    public void NotAGitRepository_FallsBack_AndAnUnnamedVariableIsStillReported_AtLineOneWithoutUnreleased()
    {
        File.WriteAllText(EnvExample, "Smtp__Host=\n");
        File.WriteAllText(Changelog, "# Changelog\n\nNothing yet.\n");

        var (succeeded, engine) = Run();

        Assert.False(succeeded);
        Assert.Contains(engine.Log, line => line.StartsWith("error EG0203 CHANGELOG.md(1,1):", StringComparison.Ordinal) && line.Contains("has no '## [Unreleased]' section", StringComparison.Ordinal));
        Assert.Contains(engine.Log, line => line.Contains("is not in a git repository", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingReleaseNotes_IsOneFindingNamingTheVariables()
    {
        File.WriteAllText(EnvExample, "Smtp__Host=\nQueue__Name=\n");

        var (succeeded, engine) = Run();

        Assert.False(succeeded);
        var error = Assert.Single(engine.Log, line => line.StartsWith("error", StringComparison.Ordinal));
        Assert.Contains("CHANGELOG.md was not found, so 2 new variable(s) (Smtp__Host, Queue__Name)", error, StringComparison.Ordinal);
    }
}
