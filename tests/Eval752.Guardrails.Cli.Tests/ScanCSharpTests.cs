using System.Text.Json.Nodes;
using Eval752.Guardrails.Testing;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Cli.Tests;

/// <summary>
/// <c>eval752-guard scan</c> runs the C# rules over source files without building them. Provider-shaped keys are
/// generated per run and written only into the temporary repository.
/// </summary>
public sealed class ScanCSharpTests : IDisposable
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "eval752-guard.dll");
    private readonly string repository = Directory.CreateTempSubdirectory("eval752-scan-cs-").FullName;

    public void Dispose() => Directory.Delete(repository, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(repository, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private Task<ProcessRunner.Result> Scan(params string[] extra) =>
        ProcessRunner.RunAsync("dotnet", [Tool, "scan", repository, .. extra], timeout: TimeSpan.FromMinutes(2));

    private void WriteService()
    {
        Write("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        Write("src/Api/Keys.cs", $$"""
            namespace Api;

            public static class Keys
            {
                public const string OpenAi = "{{SecretShapes.OpenAiProjectKey()}}";
            }
            """);
        Write("src/Api/Startup.cs", """
            namespace Api;

            public sealed class Startup(ILogger<Startup> logger)
            {
                public void Run()
                {
                    var apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
                    logger.LogInformation("Using key {Key}", apiKey);
            #pragma warning disable EG0101 // the test shows #pragma is honoured
                    logger.LogInformation("Again {Key}", apiKey);
            #pragma warning restore EG0101
                    var client = new UnknownSdk.Client(apiKey);
                    client.Send(apiKey);
                }
            }
            """);
    }

    [Fact]
    public async Task CSharpRules_RunWithoutABuild_PragmasHonoured_UnboundCodeQuiet()
    {
        WriteService();

        var run = await Scan();

        Assert.Equal(1, run.ExitCode);
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": error EG", StringComparison.Ordinal) || l.Contains(": warning EG", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("src/Api/Keys.cs(5,34): error EG0001: Hardcoded openai secret", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("src/Api/Startup.cs(8,9): error EG0101: The environment variable OPENAI_API_KEY reaches", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("T3BlbkFJ", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCSharp_SkipsTheCSharpRules()
    {
        WriteService();

        Assert.Equal(0, (await Scan("--no-csharp")).ExitCode);
    }

    [Fact]
    public async Task TestProjects_GenericNamedValuesAreSuggestions_ProviderKeysStillErrors()
    {
        Write("tests/Api.Tests/Api.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit\" /></ItemGroup></Project>");
        Write("tests/Api.Tests/Fixtures.cs", $$"""
            public static class Fixtures
            {
                public const string Password = "Made-up-fixture-pw-1";
                public const string Key = "{{SecretShapes.AnthropicKey()}}";
            }
            """);

        var run = await Scan();

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("EG0003", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("tests/Api.Tests/Fixtures.cs(4,31): error EG0001", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateBaseline_RecordsCSharpFindingsByTheValuesFingerprint_AndAcceptsThemOnceJustified()
    {
        WriteService();
        var baseline = Path.Combine(repository, ".guardrails-baseline.json");

        await Scan("--update-baseline");
        var document = JsonNode.Parse(File.ReadAllText(baseline))!;
        var entries = document["entries"]!.AsArray();
        var literal = entries.Single(e => (string?)e!["rule"] == "EG0001")!;
        Assert.Equal("src/Api/Keys.cs", (string?)literal["path"]);
        foreach (var entry in entries)
        {
            entry!["justification"] = "revoked key kept as a fixture";
        }

        File.WriteAllText(baseline, document.ToJsonString());
        var run = await Scan();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 finding(s) accepted", run.StandardOutput, StringComparison.Ordinal);

        // The analyzers' own fingerprint: the message of the finding names the same one.
        var unbaselined = await Scan("--baseline", Path.Combine(repository, "none.json"));
        Assert.Contains($"fingerprint {(string?)literal["fingerprint"]}", unbaselined.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_CarriesTheCSharpRules_WithRepoRelativeUris_AndTheValuesFingerprint_NeverTheValue()
    {
        WriteService();
        var key = File.ReadAllText(Path.Combine(repository, "src", "Api", "Keys.cs")).Split('"')[1];

        var run = await Scan("--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(key, run.StandardOutput, StringComparison.Ordinal);
        var sarif = JsonNode.Parse(run.StandardOutput)!;
        var sarifRun = sarif["runs"]![0]!;
        var rules = sarifRun["tool"]!["driver"]!["rules"]!.AsArray().Select(r => (string)r!["id"]!).ToArray();
        Assert.Equal(["EG0001", "EG0101"], rules);
        var literal = sarifRun["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "EG0001")!;
        Assert.Equal("src/Api/Keys.cs", (string?)literal["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        var fingerprint = literal["partialFingerprints"]!.AsObject().Single().Value!.GetValue<string>();
        Assert.Contains($"fingerprint {fingerprint}", (string?)literal["message"]!["text"], StringComparison.Ordinal);
    }
}
