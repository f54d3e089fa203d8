using Microsoft.Build.Utilities;

namespace Eval752.Guardrails.Tasks.Tests;

public sealed class CheckContainerUserTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("eval752-docker-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private (bool Succeeded, FakeBuildEngine Engine) Run(string? user, params (string Name, string Content)[] files)
    {
        var items = new List<TaskItem>();
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, content);
            items.Add(new TaskItem(path));
        }

        var engine = new FakeBuildEngine();
        var task = new CheckContainerUser { BuildEngine = engine, ContainerFiles = [.. items], ContainerUser = user };
        return (task.Execute(), engine);
    }

    [Fact]
    public void EachDockerfile_IsCheckedAgainstTheConfiguredUser()
    {
        var (succeeded, engine) = Run(
            null,
            ("Dockerfile", "FROM alpine\nUSER eval752\n"),
            ("worker.Dockerfile", "FROM alpine\nUSER root\n"));

        Assert.False(succeeded);
        Assert.Equal(["error EG0303 worker.Dockerfile(2,1): The final stage runs as root; end it with 'USER eval752' (playbook section 4)"], engine.Log);
    }

    [Fact]
    public void AnotherConfiguredUser_IsRequiredInstead() =>
        Assert.True(Run("svc", ("Dockerfile", "FROM alpine\nUSER svc\n")).Succeeded);

    [Fact]
    public void NoDockerfiles_NothingToCheck() =>
        Assert.True(Run(null).Succeeded);
}
