using Eval752.Guardrails.Testing;
using Eval752.Guardrails.Testing.Builds;

namespace Eval752.Guardrails.Package.Tests;

/// <summary>
/// The README's first quick-start command builds samples/LeakyService from source; it must fail
/// with exactly the diagnostics its expected-diagnostics.txt lists.
/// </summary>
[Collection(PackageFeedFixture.Collection)]
public sealed class QuickStartSampleTests(PackageFeedFixture fixture)
{
    private static readonly string Sample = RepositoryPaths.Combine("samples", "LeakyService");

    private static string[] Expected() =>
        [.. File.ReadAllLines(Path.Combine(Sample, "expected-diagnostics.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Rules that run only after a successful compile, which LeakyService (EG0001-EG0004 are errors) never has:
    /// EG0205 compares listings with what the compiled projects read (MultiProjectRepositoryTests shows it).
    /// </summary>
    private static readonly string[] AfterASuccessfulCompile = ["EG0205"];

    [Fact]
    public void LeakyService_BreaksEveryDocumentedRule()
    {
        var rules = Directory.GetFiles(RepositoryPaths.Combine("docs", "rules"), "EG*.md").Select(Path.GetFileNameWithoutExtension).Except(AfterASuccessfulCompile).Order();
        Assert.Equal(rules, Expected().Select(line => line.Split(' ')[0]).Distinct().Order());
    }

    [Fact]
    public async Task LeakyService_BuiltAgainstThePackedPackage_FailsWithExactlyTheExpectedDiagnostics()
    {
        using var project = BuildFixture.Create(fixture.Feed, "<OutputType>Exe</OutputType><Eval752ConfigurationDocs>configuration.md</Eval752ConfigurationDocs><Eval752ReleaseNotes>RELEASE-NOTES.md</Eval752ReleaseNotes>");
        // Every file of the sample but its project file and build output, so a new rule's violation is carried over too.
        foreach (var source in Directory.GetFiles(Sample, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Sample, source).Replace(Path.DirectorySeparatorChar, '/');
            if (!relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal) && relative != "LeakyService.csproj")
            {
                project.WriteFile(relative, File.ReadAllText(source));
            }
        }

        var run = await project.BuildAsync();

        Assert.False(run.Succeeded);
        Assert.Equal(Expected(), run.DiagnosticKeys);
    }

    [Fact]
    public async Task LeakyService_FailsWithExactlyTheExpectedDiagnostics()
    {
        var sample = Sample;
        var expected = Expected();

        var result = await DotNet.RunAsync(
            // Recompile the sample only: rebuilding the analyzers it references would rewrite DLLs that test
            // assemblies running in parallel compile against.
            ["build", Path.Combine(sample, "LeakyService.csproj"), "-c", GuardrailsPackageFeed.Configuration, "--no-incremental", "-p:BuildProjectReferences=false", "-clp:NoSummary"],
            RepositoryPaths.Root);
        var diagnostics = BuildOutputParser.Parse(result.Combined, sample);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(expected, diagnostics.Select(d => d.Key).Order(StringComparer.Ordinal));
    }
}
