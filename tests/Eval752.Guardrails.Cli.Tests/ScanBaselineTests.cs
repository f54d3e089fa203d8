using System.Text.Json.Nodes;
using Eval752.Guardrails.Testing;

namespace Eval752.Guardrails.Cli.Tests;

/// <summary><c>scan --baseline</c> / <c>--update-baseline</c>: a round trip through .guardrails-baseline.json.</summary>
public sealed class ScanBaselineTests : IDisposable
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "eval752-guard.dll");
    private readonly string repository = Directory.CreateTempSubdirectory("eval752-baseline-").FullName;

    private string Baseline => Path.Combine(repository, ".guardrails-baseline.json");

    public void Dispose() => Directory.Delete(repository, recursive: true);

    private Task<ProcessRunner.Result> Scan(params string[] extra) =>
        ProcessRunner.RunAsync("dotnet", [Tool, "scan", repository, .. extra], timeout: TimeSpan.FromMinutes(1));

    [Fact]
    public async Task UpdateJustifyAccept_ThenStale_AndOtherRulesEntriesAreKept()
    {
        File.WriteAllText(Path.Combine(repository, "Dockerfile"), "FROM alpine\nUSER root\n");
        File.WriteAllText(Baseline, """
            { "version": 1, "entries": [
              { "rule": "EG0201", "fingerprint": "0123456789abcdef", "path": "src/Program.cs", "justification": "read by a plugin loaded at run time" }
            ] }
            """);

        // 1. Recorded, but without a justification it accepts nothing yet.
        var update = await Scan("--update-baseline");
        Assert.Equal(1, update.ExitCode);
        Assert.Contains("1 new, needing a justification", update.StandardError, StringComparison.Ordinal);
        Assert.Contains("has no justification", update.StandardOutput, StringComparison.Ordinal);

        var document = JsonNode.Parse(File.ReadAllText(Baseline))!;
        var entries = document["entries"]!.AsArray();
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => (string?)e!["rule"] == "EG0201" && (string?)e["justification"] == "read by a plugin loaded at run time");
        var recorded = entries.Single(e => (string?)e!["rule"] == "EG0303")!;
        Assert.Equal("Dockerfile", (string?)recorded["path"]);

        // 2. Justified: accepted, exit 0.
        recorded["justification"] = "build image for a privileged sidecar, reviewed";
        File.WriteAllText(Baseline, document.ToJsonString());
        var accepted = await Scan();
        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains("1 finding(s) accepted by .guardrails-baseline.json", accepted.StandardOutput, StringComparison.Ordinal);

        // 3. The finding moves down a line: same content, still accepted.
        File.WriteAllText(Path.Combine(repository, "Dockerfile"), "# moved\nFROM alpine\nUSER root\n");
        Assert.Equal(0, (await Scan()).ExitCode);

        // 4. Fixed: the entry is stale, and an update removes it but keeps the entry of EG0201, a rule only a build runs.
        File.WriteAllText(Path.Combine(repository, "Dockerfile"), "FROM alpine\nUSER eval752\n");
        var stale = await Scan();
        Assert.Equal(0, stale.ExitCode);
        Assert.Contains("the baseline entry for EG0303 in Dockerfile", stale.StandardOutput, StringComparison.Ordinal);
        await Scan("--update-baseline");
        var rules = JsonNode.Parse(File.ReadAllText(Baseline))!["entries"]!.AsArray().Select(e => (string)e!["rule"]!).ToArray();
        Assert.Equal(["EG0201"], rules);
    }

    [Fact]
    public async Task MalformedBaseline_IsNamed_AndAcceptsNothing()
    {
        File.WriteAllText(Path.Combine(repository, "Dockerfile"), "FROM alpine\n");
        File.WriteAllText(Baseline, "{ not json");

        var run = await Scan();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the baseline is not valid JSON", run.StandardOutput, StringComparison.Ordinal);
    }
}
