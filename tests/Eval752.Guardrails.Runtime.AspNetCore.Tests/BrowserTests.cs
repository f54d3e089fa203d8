using Eval752.Guardrails.Testing;
using Eval752.Guardrails.Testing.Postgres;
using Eval752.Guardrails.Testing.Processes;

namespace Eval752.Guardrails.Runtime.AspNetCore.Tests;

/// <summary>
/// The provider manager page in Debian's headless Chromium, driven by playwright-core
/// (tests/browser/provider-manager.test.mjs). Installs what it needs when missing: Chromium with apt
/// (as root, as CI runs) and the npm package from its lock file; says how to install otherwise.
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class BrowserTests(PostgresFixture fixture)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string BrowserTestDirectory = RepositoryPaths.Combine("tests", "browser");

    [Fact]
    public async Task ProviderManagerPage_AddsRotatesAndDeletes_UnderTheCsp()
    {
        await EnsureChromiumAsync();
        await EnsureNodeModulesAsync();
        await using var service = await ProviderServiceProcess.StartAsync(fixture.Cluster);

        var run = await ProcessRunner.RunAsync(
            "node",
            ["provider-manager.test.mjs"],
            BrowserTestDirectory,
            new Dictionary<string, string?> { ["BASE_URL"] = service.Address.ToString().TrimEnd('/'), ["CHROMIUM_PATH"] = Chromium },
            TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, $"browser test failed:\n{run.Combined}\nservice output:\n{service.Output}");
        Assert.Contains("PASS provider manager", run.StandardOutput, StringComparison.Ordinal);
    }

    private static async Task EnsureChromiumAsync()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        if (!Environment.IsPrivilegedProcess)
        {
            throw new InvalidOperationException($"Debian's chromium is needed at {Chromium}: run `sudo apt-get install -y chromium` (the test installs it itself when run as root).");
        }

        var environment = new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        await ProcessRunner.RunCheckedAsync("apt-get", ["update", "-qq"], environment: environment, timeout: TimeSpan.FromMinutes(5));
        await ProcessRunner.RunCheckedAsync("apt-get", ["install", "-y", "-qq", "chromium"], environment: environment, timeout: TimeSpan.FromMinutes(10));
    }

    private static async Task EnsureNodeModulesAsync()
    {
        if (Directory.Exists(Path.Combine(BrowserTestDirectory, "node_modules", "playwright-core")))
        {
            return;
        }

        await ProcessRunner.RunCheckedAsync("npm", ["ci", "--no-audit", "--no-fund"], BrowserTestDirectory, timeout: TimeSpan.FromMinutes(5));
    }
}
