using System.Text.Json;
using Eval752.Guardrails.Testing;

namespace Eval752.Guardrails.Cli.Tests;

/// <summary><c>eval752-guard scan</c> as a process: exit codes, text and JSON reports, bad input.</summary>
public sealed class ScanCommandTests : IDisposable
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "eval752-guard.dll");
    private readonly string repository = Directory.CreateTempSubdirectory("eval752-scan-").FullName;

    public void Dispose() => Directory.Delete(repository, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(repository, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static Task<ProcessRunner.Result> Scan(params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", [Tool, "scan", .. arguments], timeout: TimeSpan.FromMinutes(1));

    private void WriteCleanRepository()
    {
        Write(".gitignore", ".env\n.env.*\n!.env.example\nbin/\n");
        Write(".env.example", $"# key\nENCRYPTION_KEY={new string('0', 64)}\n");
        Write("docs/configuration.md", "| Variable |\n|---|\n| `ENCRYPTION_KEY` |\n");
        Write("src/Service/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nRUN useradd eval752\nUSER eval752\n");
        Write(".env", "ENCRYPTION_KEY=ignored-by-gitignore\n");
    }

    private void Git(params string[] arguments) => TestGit.Run(repository, arguments);

    [Fact]
    public async Task Staged_ScansOnlyTheFilesInGitsIndex()
    {
        WriteCleanRepository();
        Git("init", "-q");
        Git("add", ".gitignore", ".env.example", "docs/configuration.md", "src/Service/Dockerfile");
        Git("commit", "-q", "-m", "clean");

        // Staged: a Dockerfile that runs as root. Not staged: a CI workflow with a literal token.
        Write("src/Worker/Dockerfile", "FROM alpine\nUSER root\n");
        Write(".github/workflows/ci.yml", "env:\n  DEPLOY_TOKEN: made-up-literal-42\n");
        Git("add", "src/Worker/Dockerfile");

        var staged = await Scan(repository, "--staged");
        var everything = await Scan(repository);

        Assert.Equal(1, staged.ExitCode);
        var lines = staged.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("src/Worker/Dockerfile(2,1): error EG0303:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("EG0302", StringComparison.Ordinal));
        Assert.Contains("EG0302", everything.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staged_OutsideAGitRepository_IsAUsageError()
    {
        WriteCleanRepository();

        var run = await Scan(repository, "--staged");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--staged needs a git repository", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CleanRepository_ExitsZero_AndSaysSo()
    {
        WriteCleanRepository();

        var run = await Scan(repository);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no findings", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_ExitOne_WithMsBuildStyleLines_AtRepositoryRelativePaths()
    {
        WriteCleanRepository();
        Write("src/Service/Dockerfile", "FROM alpine\nUSER root\n");
        Write("src/Worker/worker.env", "A=1\n");
        Write("docs/configuration.md", "| Variable |\n|---|\n| `ENCRYPTION_KEY` |\n| `ONLY_DOCUMENTED` |\n");
        Write(".github/workflows/ci.yml", "env:\n  DEPLOY_TOKEN: made-up-literal-42\n");

        var run = await Scan(repository);

        Assert.Equal(1, run.ExitCode);
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("docs/configuration.md(4,1): error EG0204: ONLY_DOCUMENTED", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("src/Service/Dockerfile(2,1): error EG0303:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("src/Worker/worker.env(1,1): error EG0305:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(".github/workflows/ci.yml(2,17): error EG0302: DEPLOY_TOKEN", StringComparison.Ordinal));
        Assert.EndsWith("4 finding(s).", lines[^1].Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnvFileIgnoredByItsFoldersGitignore_IsNotReported_OneBesideItIs()
    {
        WriteCleanRepository();
        Write(".gitignore", ".env\nbin/\n");
        Write("services/billing/.gitignore", ".env.*\n!.env.example\n");
        Write("services/billing/.env.production", "A=1\n");
        Write("services/worker/.env.production", "A=1\n");

        var run = await Scan(repository);

        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.StartsWith("services/billing/.env.production", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("services/worker/.env.production(1,1): error EG0305:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JsonReport_ToAFile_ListsRuleSeverityPathAndHelp_NeverTheSecret()
    {
        WriteCleanRepository();
        var password = "Q" + Guid.NewGuid().ToString("N")[..20] + "z9";
        Write(".env.example", $"ENCRYPTION_KEY={new string('0', 64)}\nSMTP_PASSWORD={password}\n");
        Write("docs/configuration.md", "| Variable |\n|---|\n| `ENCRYPTION_KEY` |\n| SMTP_PASSWORD |\n");
        var report = Path.Combine(repository, "report.json");

        var run = await Scan(repository, "--format", "json", "--output", report);

        Assert.Equal(1, run.ExitCode);
        var text = File.ReadAllText(report);
        Assert.DoesNotContain(password, text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("EG0206", "error", ".env.example", 2), (finding.GetProperty("ruleId").GetString(), finding.GetProperty("severity").GetString(), finding.GetProperty("path").GetString(), finding.GetProperty("line").GetInt32()));
        Assert.EndsWith("EG0206.md", finding.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildOutputAndDependencies_AreNotScanned()
    {
        WriteCleanRepository();
        Write("src/Service/bin/Dockerfile", "FROM alpine\n");
        Write("web/node_modules/pkg/.env.production", "A=1\n");

        Assert.Equal(0, (await Scan(repository)).ExitCode);
    }

    [Theory]
    [InlineData("/definitely/not/here")]
    public async Task MissingFolder_ExitsTwo_WithAClearMessage(string path)
    {
        var run = await Scan(path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a folder", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFormat_IsAUsageError() =>
        Assert.Equal(2, (await Scan(repository, "--format", "xml")).ExitCode);

    [Fact]
    public async Task HugeFile_IsSkippedAndNamed_NotLoaded()
    {
        WriteCleanRepository();
        using (var huge = File.Create(Path.Combine(repository, "Dockerfile")))
        {
            huge.SetLength(17L * 1024 * 1024);
        }

        var run = await Scan(repository);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: Dockerfile: 17 MiB, larger than the 16 MiB a scanned file may have; not scanned", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8EnvExample_IsOneClearFinding()
    {
        WriteCleanRepository();
        File.WriteAllBytes(Path.Combine(repository, ".env.example"), [0x41, 0x3d, 0xff, 0xfe, 0x0a]);

        var run = await Scan(repository);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".env.example(1,1): error EG0208: .env.example is not valid UTF-8", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretsInRepositoryFiles_AreEG0301_AtTheValue_AndAnAllowCommentWithAReasonAcceptsOne()
    {
        WriteCleanRepository();
        Write("src/Api/appsettings.json", "{\n  \"Smtp\": {\n    \"Password\": \"Made-up-smtp-pw-1\"\n  }\n}\n");
        Write("deploy/api.yaml", "env:\n  - name: DB_PASSWORD\n    value: made-UP-k8s-pw-2\n");
        Write("scripts/seed.sh", "# eval752-guard:allow seed password of the throwaway CI database\nexport DB_PASSWORD=Made-up-ci-pw-3\n");

        var run = await Scan(repository);

        Assert.Equal(1, run.ExitCode);
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("EG0301", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("deploy/api.yaml(3,12): error EG0301:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("src/Api/appsettings.json(3,18): error EG0301:", lines[1], StringComparison.Ordinal);
        Assert.Contains("Smtp__Password", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Made-up", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFiles_AreNamedOneByOne_AndTheScanGoesOn()
    {
        WriteCleanRepository();
        File.WriteAllBytes(Path.Combine(repository, "Dockerfile.binary"), [0x46, 0x52, 0x00, 0x4d]);
        File.WriteAllBytes(Path.Combine(repository, "compose.yaml"), [.. "x: \xff\n"u8.ToArray().Take(3), 0xff, 0x0a, .. "DB_PASSWORD: Made-up-after-bad-byte-4\n"u8.ToArray()]);
        File.CreateSymbolicLink(Path.Combine(repository, "appsettings.json"), Path.Combine(repository, "missing-target.json"));
        Directory.CreateSymbolicLink(Path.Combine(repository, "src", "loop"), repository);
        Write("deep/appsettings.json", new string('[', 100_000) + new string(']', 100_000));
        var bomb = new List<string> { "a: &a [\"lol\"]" };
        bomb.AddRange(Enumerable.Range(0, 40).Select(i => $"l{i}: &l{i} [*{(i == 0 ? "a" : $"l{i - 1}")}, *{(i == 0 ? "a" : $"l{i - 1}")}]"));
        Write("helm/values.yaml", string.Join("\n", bomb));

        var run = await Scan(repository);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning: Dockerfile.binary: binary (a NUL byte in its first 8 KB); not scanned", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("warning: compose.yaml: not valid UTF-8 (first invalid byte at offset", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("warning: appsettings.json: cannot be read", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("compose.yaml(2,14): error EG0301:", run.StandardOutput, StringComparison.Ordinal);
    }
}
