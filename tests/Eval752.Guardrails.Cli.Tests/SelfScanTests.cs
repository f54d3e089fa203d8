using Eval752.Guardrails.Testing;

namespace Eval752.Guardrails.Cli.Tests;

/// <summary>The repository eats its own cooking: its own scan is clean (LeakyService's intentional violations are baselined with a justification).</summary>
public sealed class SelfScanTests
{
    [Fact]
    public async Task ThisRepository_PassesItsOwnScan()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "eval752-guard.dll");

        var run = await ProcessRunner.RunAsync("dotnet", [tool, "scan", RepositoryPaths.Root], timeout: TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.DoesNotContain("matches no finding", run.StandardOutput, StringComparison.Ordinal);
    }
}
