using System.Text.Json;
using Eval752.Guardrails.Testing;

namespace Eval752.Guardrails.Cli.Tests;

/// <summary><c>scan --format sarif</c>: the SARIF 2.1.0 shape code-scanning services accept, and fingerprints that follow content, not lines.</summary>
public sealed class ScanSarifTests : IDisposable
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "eval752-guard.dll");
    private readonly string repository = Directory.CreateTempSubdirectory("eval752-sarif-").FullName;

    public void Dispose() => Directory.Delete(repository, recursive: true);

    private async Task<JsonDocument> SarifAsync()
    {
        var run = await ProcessRunner.RunAsync("dotnet", [Tool, "scan", repository, "--format", "sarif"], timeout: TimeSpan.FromMinutes(1));
        Assert.Equal(1, run.ExitCode);
        return JsonDocument.Parse(run.StandardOutput);
    }

    [Fact]
    public async Task Sarif_HasTheRequiredShape_RuleMetadata_AndRelativeLocations()
    {
        Directory.CreateDirectory(Path.Combine(repository, "deploy"));
        File.WriteAllText(Path.Combine(repository, "deploy", "Dockerfile"), "FROM alpine\nUSER root\n");

        using var sarif = await SarifAsync();
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var rule = Assert.Single(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());
        Assert.Equal("EG0303", rule.GetProperty("id").GetString());
        Assert.EndsWith("docs/rules/EG0303.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.StartsWith("file:///", run.GetProperty("originalUriBaseIds").GetProperty("REPOROOT").GetProperty("uri").GetString(), StringComparison.Ordinal);

        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal(("EG0303", 0, "error"), (result.GetProperty("ruleId").GetString(), result.GetProperty("ruleIndex").GetInt32(), result.GetProperty("level").GetString()));
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(("deploy/Dockerfile", "REPOROOT"), (location.GetProperty("artifactLocation").GetProperty("uri").GetString(), location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString()));
        Assert.Equal(2, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Matches("^[0-9a-f]{16}$", result.GetProperty("partialFingerprints").GetProperty("eval752/v1").GetString()!);
    }

    [Fact]
    public async Task Fingerprint_StaysWhenTheFindingMovesToAnotherLine()
    {
        var dockerfile = Path.Combine(repository, "Dockerfile");
        File.WriteAllText(dockerfile, "FROM alpine\nUSER root\n");
        using var before = await SarifAsync();

        File.WriteAllText(dockerfile, "# a comment pushes it down\nFROM alpine\nRUN echo hi\nUSER root\n");
        using var after = await SarifAsync();

        static (string? Fingerprint, int Line) Of(JsonDocument sarif)
        {
            var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
            return (result.GetProperty("partialFingerprints").GetProperty("eval752/v1").GetString(), result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        }

        Assert.Equal((Of(before).Fingerprint, 2), (Of(after).Fingerprint, Of(before).Line));
        Assert.Equal(4, Of(after).Line);
    }
}
