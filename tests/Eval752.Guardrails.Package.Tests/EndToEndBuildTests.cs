using Eval752.Guardrails.Testing.Builds;

namespace Eval752.Guardrails.Package.Tests;

/// <summary>
/// Real <c>dotnet build</c>s of fixture projects that reference the packed Eval752.Guardrails from a
/// local feed, with an isolated NuGet packages folder: what a user's CI sees.
/// </summary>
[Collection(PackageFeedFixture.Collection)]
public sealed class EndToEndBuildTests(PackageFeedFixture fixture)
{
    private const string CheckTarget = "_Eval752CheckEnvExample";
    private const string ListingsTarget = "_Eval752CheckConfigurationListings";
    private static readonly string PlaceholderKey = new('0', 64);

    private const string LeakyCrypto = """
        using System.Security.Cryptography;

        namespace Fixture;

        public static class Crypto
        {
            public static AesGcm Create() => new AesGcm(new byte[] { 0x4f, 0x12, 0x9a, 0x33, 0x70, 0x81, 0x05, 0xde, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88 }, 16);
        }
        """;

    private const string CleanCrypto = """
        using System.Security.Cryptography;

        namespace Fixture;

        public static class Crypto
        {
            public static AesGcm Create() =>
                new AesGcm(Convert.FromHexString(Environment.GetEnvironmentVariable("ENCRYPTION_KEY") ?? throw new InvalidOperationException("ENCRYPTION_KEY is not set")), 16);
        }
        """;

    /// <summary>The Configuration docs at their default place, documenting what the fixtures read.</summary>
    private const string Docs = "| Variable | Description |\n|---|---|\n| `ENCRYPTION_KEY` | The shared master key. |\n";

    /// <summary>Release notes announcing what the fixtures' .env.example files list (EG0203).</summary>
    private const string ReleaseNotes = "# Changelog\n\n## [Unreleased]\n\n- New variables `ENCRYPTION_KEY` and `SMTP_HOST`.\n";

    [Fact]
    public async Task ViolatingFixture_ReportsEG0004AndEG0207AtTheirLines_AndFails()
    {
        using var project = BuildFixture.Create(fixture.Feed);
        project.WriteFile("CHANGELOG.md", ReleaseNotes);
        project.WriteFile("Crypto.cs", LeakyCrypto);
        project.WriteFile(".env.example", "# the shared key\nENCRYPTION_KEY=changeme\n");

        var run = await project.BuildAsync();

        Assert.False(run.Succeeded, run.Output);
        var column = LeakyCrypto.Split('\n')[6].IndexOf("new byte[]", StringComparison.Ordinal) + 1;
        Assert.Equal([$"EG0004 Crypto.cs 7 {column}", "EG0207 .env.example 2 16"], run.DiagnosticKeys);
        Assert.All(run.Diagnostics, d => Assert.Equal("error", d.Severity));
    }

    [Fact]
    public async Task CleanFixture_BuildsWithNoDiagnostics_AndASecondBuildSkipsTheCheck()
    {
        using var project = BuildFixture.Create(fixture.Feed);
        project.WriteFile("CHANGELOG.md", ReleaseNotes);
        project.WriteFile("Crypto.cs", CleanCrypto);
        project.WriteFile(".env.example", $"ENCRYPTION_KEY={PlaceholderKey}\n");
        project.WriteFile("docs/configuration.md", Docs);

        var first = await project.BuildAsync();
        Assert.True(first.Succeeded, first.Output);
        Assert.Empty(first.Diagnostics);
        Assert.True(first.RanTarget(CheckTarget), "the first build should run the .env.example check");
        Assert.True(first.RanTarget(ListingsTarget), "the first build should compare .env.example with the docs");

        var second = await project.BuildAsync();
        Assert.True(second.Succeeded, second.Output);
        Assert.True(second.SkippedTarget(CheckTarget), "an unchanged second build should skip the .env.example check");
        Assert.True(second.SkippedTarget(ListingsTarget), "an unchanged second build should skip the listings comparison");

        project.WriteFile(".env.example", "ENCRYPTION_KEY=\n");
        var afterEdit = await project.BuildAsync();
        Assert.False(afterEdit.Succeeded);
        Assert.Equal(["EG0207 .env.example 1 16"], afterEdit.DiagnosticKeys);
    }

    [Fact]
    public async Task MissingEnvExample_GivesOneClearDiagnosticPerRule_EveryBuild()
    {
        using var project = BuildFixture.Create(fixture.Feed);
        project.WriteFile("CHANGELOG.md", ReleaseNotes);
        project.WriteFile("Crypto.cs", CleanCrypto);
        project.WriteFile("docs/configuration.md", Docs);

        var first = await project.BuildAsync();
        Assert.False(first.Succeeded);
        Assert.Collection(
            first.Diagnostics,
            task => AssertMissingFileFromTask(task),
            analyzer =>
            {
                // The analyzer's side of the same gap, at the code's first read (live in the IDE too).
                Assert.Equal(("EG0201", "Crypto.cs"), (analyzer.Id, analyzer.File));
                Assert.Contains("has no .env.example", analyzer.Message, StringComparison.Ordinal);
            });

        // The compiler is up to date on the second build, so only the task (whose input is always stale) reports again.
        var second = await project.BuildAsync();
        Assert.False(second.Succeeded);
        AssertMissingFileFromTask(Assert.Single(second.Diagnostics));
    }

    private static void AssertMissingFileFromTask(BuildDiagnostic diagnostic)
    {
        Assert.Equal(("EG0207", ".env.example"), (diagnostic.Id, diagnostic.File));
        Assert.Contains("was not found", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigurationRead_MissingFromBothListings_IsReportedAtItsKey_UntilListed()
    {
        using var project = BuildFixture.Create(fixture.Feed);
        project.WriteFile("CHANGELOG.md", ReleaseNotes);
        project.WriteFile("Crypto.cs", CleanCrypto);
        project.WriteFile("Mail.cs", """
            namespace Fixture;

            public static class Mail
            {
                public static string? Host() => Environment.GetEnvironmentVariable("SMTP_HOST");
            }
            """);
        project.WriteFile(".env.example", $"ENCRYPTION_KEY={PlaceholderKey}\n");
        project.WriteFile("docs/configuration.md", Docs);

        var missing = await project.BuildAsync();
        Assert.True(missing.Succeeded, missing.Output);
        Assert.Equal(["EG0201 Mail.cs 5 72", "EG0202 Mail.cs 5 72"], missing.DiagnosticKeys);
        Assert.All(missing.Diagnostics, d => Assert.Equal("warning", d.Severity));

        project.WriteFile(".env.example", $"ENCRYPTION_KEY={PlaceholderKey}\n# Mail relay.\nSMTP_HOST=\n");
        project.WriteFile("docs/configuration.md", Docs + "| SMTP_HOST | Mail relay. |\n");
        var listed = await project.BuildAsync();
        Assert.True(listed.Succeeded, listed.Output);
        Assert.Empty(listed.Diagnostics);
    }

    [Fact]
    public async Task MalformedEnvExampleLines_GiveCodedDiagnosticsAtTheirLines_NotACrash()
    {
        using var project = BuildFixture.Create(fixture.Feed);
        project.WriteFile("CHANGELOG.md", ReleaseNotes);
        project.WriteFile("Crypto.cs", CleanCrypto);
        project.WriteFile(".env.example", $"\uFEFFENCRYPTION_KEY={PlaceholderKey}\r\nNO_EQUALS_HERE\r\nQUOTED=\"unterminated\r\n");
        project.WriteFile("docs/configuration.md", Docs);

        var run = await project.BuildAsync();

        Assert.False(run.Succeeded);
        Assert.DoesNotContain("MSB4018", run.Output, StringComparison.Ordinal);
        Assert.Equal(
            ["EG0208 .env.example 1 1", "EG0208 .env.example 1 80", "EG0208 .env.example 2 1", "EG0208 .env.example 3 8"],
            run.DiagnosticKeys);
    }

    [Fact]
    public async Task GuardrailsDisabled_SkipsTheTaskChecks()
    {
        using var project = BuildFixture.Create(fixture.Feed, "<Eval752GuardrailsEnabled>false</Eval752GuardrailsEnabled>");
        project.WriteFile("Crypto.cs", CleanCrypto);

        var run = await project.BuildAsync();

        Assert.True(run.Succeeded, run.Output);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public async Task EnvExample_ReachesTheAnalyzersAsAnAdditionalFile_SoCodeFixesCanEditIt()
    {
        using var project = BuildFixture.Create(fixture.Feed);
        project.WriteFile("CHANGELOG.md", ReleaseNotes);
        project.WriteFile("Crypto.cs", CleanCrypto);
        project.WriteFile(".env.example", $"ENCRYPTION_KEY={PlaceholderKey}\n");

        var run = await project.BuildAsync("-t:Build", "-getItem:AdditionalFiles");

        Assert.True(run.Succeeded, run.Output);
        Assert.Contains(Path.Combine(project.Root, ".env.example").Replace("\\", "\\\\", StringComparison.Ordinal), run.Output, StringComparison.Ordinal);
    }
}
