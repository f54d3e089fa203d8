using Eval752.Guardrails.Testing;
using Eval752.Guardrails.Testing.Builds;

namespace Eval752.Guardrails.Package.Tests;

/// <summary>
/// The README's first quick-start command builds samples/LeakyService from source; it must fail
/// with exactly the diagnostics its expected-diagnostics.txt lists.
/// </summary>
[Collection(PackageFeedFixture.Collection)]
public sealed class QuickStartSampleTests
{
    [Fact]
    public async Task LeakyService_FailsWithExactlyTheExpectedDiagnostics()
    {
        var sample = RepositoryPaths.Combine("samples", "LeakyService");
        var expected = File.ReadAllLines(Path.Combine(sample, "expected-diagnostics.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var result = await DotNet.RunAsync(
            ["build", Path.Combine(sample, "LeakyService.csproj"), "-c", GuardrailsPackageFeed.Configuration, "--no-incremental", "-clp:NoSummary"],
            RepositoryPaths.Root);
        var diagnostics = BuildOutputParser.Parse(result.Combined, sample);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(expected, diagnostics.Select(d => d.Key).Order(StringComparer.Ordinal));
    }
}
