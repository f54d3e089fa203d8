using System.Text.Json;
using Eval752.Guardrails.Testing;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Cli.Tests;

/// <summary><c>eval752-guard audit</c> as a process: the quarterly checklist's checks, exit codes, text and JSON, never a secret in the output.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "eval752-guard.dll");
    private readonly string repository = Directory.CreateTempSubdirectory("eval752-audit-").FullName;

    public void Dispose() => Directory.Delete(repository, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(repository, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static Task<ProcessRunner.Result> Audit(params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", [Tool, "audit", .. arguments], timeout: TimeSpan.FromMinutes(1));

    /// <summary>A random password, assembled at run time (never a literal in the repository).</summary>
    private static string Password() => "Pw" + Guid.NewGuid().ToString("N")[..14] + "Zq9";

    private void WriteCleanCheckout()
    {
        Write(".env.example", $"ENCRYPTION_KEY={new string('0', 64)}\nPOSTGRES_PASSWORD=\n");
        Write("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER eval752\n");
        Write(".github/workflows/ci.yml", "env:\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n");
    }

    [Fact]
    public async Task DistinctCredentialsPerEnvironment_AllPass_ExitZero()
    {
        WriteCleanCheckout();
        Write(".env.staging", $"POSTGRES_PASSWORD={Password()}\nREDIS_URL=redis://:{Password()}@cache:6379\n");
        Write(".env.production", $"POSTGRES_PASSWORD={Password()}\nREDIS_URL=redis://:{Password()}@cache:6379\n");

        var run = await Audit(repository);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[PASS] Every environment uses unique PostgreSQL and Redis credentials (2 file(s) checked)", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("[SKIP] Logs show no unredacted secrets (spot check): no --logs given", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACredentialSharedAcrossEnvironments_Fails_NamingTheFilesAndAFingerprint_NotTheValue()
    {
        WriteCleanCheckout();
        var shared = Password();
        Write(".env.staging", $"POSTGRES_PASSWORD={shared}\n");
        Write("deploy/docker-compose.prod.yml", $"services:\n  api:\n    environment:\n      - ConnectionStrings__Vault=Host=db;Username=app;Password={shared}\n");

        var run = await Audit(repository);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[FAIL] Every environment uses unique PostgreSQL and Redis credentials", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL credential", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(".env.staging(1)", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(shared, run.StandardOutput + run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepositoryChecksAndLogs_FailWithTheirFindings_InJson()
    {
        WriteCleanCheckout();
        Write("Dockerfile", "FROM alpine\nUSER root\n");
        var key = SecretShapes.OpenAiProjectKey();
        Write("logs/api.log", $"info: started\nwarn: calling provider with {key}\n");

        var run = await Audit(repository, "--format", "json", "--logs", Path.Combine(repository, "logs", "api.log"));

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(key, run.StandardOutput, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(run.StandardOutput);
        Assert.False(report.RootElement.GetProperty("passed").GetBoolean());
        var checks = report.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c);
        Assert.Equal("fail", checks["containers-non-root"].GetProperty("status").GetString());
        Assert.Equal("pass", checks["ci-plaintext"].GetProperty("status").GetString());
        var logItem = Assert.Single(checks["logs"].GetProperty("items").EnumerateArray());
        Assert.Equal(2, logItem.GetProperty("line").GetInt32());
        Assert.Contains("openai", logItem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingLogFile_IsAUsageError()
    {
        WriteCleanCheckout();

        var run = await Audit(repository, "--logs", Path.Combine(repository, "missing.log"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing.log' does not exist", run.StandardError, StringComparison.Ordinal);
    }
}
