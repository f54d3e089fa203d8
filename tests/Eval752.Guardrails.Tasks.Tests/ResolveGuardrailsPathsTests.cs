namespace Eval752.Guardrails.Tasks.Tests;

public sealed class ResolveGuardrailsPathsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("eval752-paths-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static ResolveGuardrailsPaths Resolve(string projectDirectory, string? repositoryRoot = null, string? envExample = null)
    {
        var task = new ResolveGuardrailsPaths
        {
            BuildEngine = new FakeBuildEngine(),
            ProjectDirectory = projectDirectory,
            RepositoryRoot = repositoryRoot,
            EnvExample = envExample,
        };
        Assert.True(task.Execute());
        return task;
    }

    [Fact]
    public void GitFolderAbove_IsTheRepositoryRoot()
    {
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        var project = Directory.CreateDirectory(Path.Combine(root, "src", "Api")).FullName;

        var task = Resolve(project);

        Assert.Equal(root, task.ResolvedRepositoryRoot);
        Assert.Equal(Path.Combine(root, ".env.example"), task.ResolvedEnvExample);
    }

    [Fact]
    public void SolutionFileAbove_IsTheRepositoryRoot_WhenThereIsNoGit()
    {
        File.WriteAllText(Path.Combine(root, "App.slnx"), "<Solution />");
        var project = Directory.CreateDirectory(Path.Combine(root, "src")).FullName;

        Assert.Equal(root, Resolve(project).ResolvedRepositoryRoot);
    }

    [Fact]
    public void ExplicitProperties_Win_AndRelativePathsAreFromTheProject()
    {
        var project = Directory.CreateDirectory(Path.Combine(root, "svc")).FullName;

        var task = Resolve(project, repositoryRoot: root, envExample: "config/.env.example");

        Assert.Equal(root, task.ResolvedRepositoryRoot);
        Assert.Equal(Path.Combine(project, "config", ".env.example"), task.ResolvedEnvExample);
    }
}
