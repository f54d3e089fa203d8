using Microsoft.Build.Utilities;

namespace Eval752.Guardrails.Tasks.Tests;

public sealed class CheckCiWorkflowsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("eval752-ci-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void LiteralUnderASecretName_IsACodedErrorAtTheValue_WithoutTheValue()
    {
        var workflow = Path.Combine(directory, "ci.yml");
        File.WriteAllText(workflow, "env:\n  API_TOKEN: made-up-literal-123\n  OTHER_TOKEN: ${{ secrets.OTHER_TOKEN }}\n");
        var engine = new FakeBuildEngine();

        var succeeded = new CheckCiWorkflows { BuildEngine = engine, CiFiles = [new TaskItem(workflow)] }.Execute();

        Assert.False(succeeded);
        var error = Assert.Single(engine.Log);
        Assert.StartsWith("error EG0302 ci.yml(2,14): API_TOKEN is set to a literal", error, StringComparison.Ordinal);
        Assert.DoesNotContain("made-up-literal-123", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCiFiles_NothingToCheck() =>
        Assert.True(new CheckCiWorkflows { BuildEngine = new FakeBuildEngine() }.Execute());
}
