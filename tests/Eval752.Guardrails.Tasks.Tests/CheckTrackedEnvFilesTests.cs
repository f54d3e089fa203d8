using Eval752.Guardrails.Testing;

namespace Eval752.Guardrails.Tasks.Tests;

/// <summary>EG0305 against a real git repository, and with no repository at all.</summary>
public sealed class CheckTrackedEnvFilesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("eval752-envfiles-").FullName;

    private string Project => Path.Combine(root, "src", "Service");

    public CheckTrackedEnvFilesTests() => Directory.CreateDirectory(Project);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private (bool Succeeded, FakeBuildEngine Engine) Run()
    {
        var engine = new FakeBuildEngine();
        var task = new CheckTrackedEnvFiles { BuildEngine = engine, ProjectDirectory = Project, RepositoryRoot = root };
        return (task.Execute(), engine);
    }

    private void Git(params string[] arguments) => TestGit.Run(root, arguments);

    [Fact]
    public void TrackedEnvFile_IsReported_IgnoredAndTemplateFilesAreNot()
    {
        Git("init", "-q", "-b", "main");
        File.WriteAllText(Path.Combine(root, ".gitignore"), ".env\n.env.*\n!.env.example\n");
        File.WriteAllText(Path.Combine(Project, ".env.production"), "A=1\n");
        File.WriteAllText(Path.Combine(root, ".env.example"), "A=\n");
        File.WriteAllText(Path.Combine(root, ".env"), "A=1\n");
        Git("add", "-f", "src/Service/.env.production", ".env.example", ".gitignore");
        Git("commit", "-q", "-m", "oops");

        var (succeeded, engine) = Run();

        Assert.False(succeeded);
        var error = Assert.Single(engine.Log);
        Assert.StartsWith("error EG0305 .env.production(1,1): src/Service/.env.production is a real environment file tracked by git: run 'git rm --cached src/Service/.env.production'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void PresentButNotIgnored_IsReported()
    {
        Git("init", "-q", "-b", "main");
        File.WriteAllText(Path.Combine(root, ".env"), "A=1\n");

        var (succeeded, engine) = Run();

        Assert.False(succeeded);
        Assert.Contains("no .gitignore rule ignores, so the next 'git add .' commits it", Assert.Single(engine.Log), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutGit_TheGitignoreDecides()
    {
        File.WriteAllText(Path.Combine(Project, "worker.env"), "A=1\n");
        Assert.False(Run().Succeeded);

        File.WriteAllText(Path.Combine(root, ".gitignore"), "*.env\n");
        var (succeeded, engine) = Run();
        Assert.True(succeeded);
        Assert.Empty(engine.Log);
    }

    [Fact]
    public void BuildOutputFolders_AreNotSearched()
    {
        Directory.CreateDirectory(Path.Combine(Project, "bin", "Debug"));
        File.WriteAllText(Path.Combine(Project, "bin", "Debug", ".env"), "A=1\n");

        Assert.True(Run().Succeeded);
    }
}
