using Eval752.Guardrails.Testing.Secrets;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Eval752.Guardrails.Tasks.Tests;

/// <summary>EG0301 as a task. The name-based values are made-up, low-value strings; provider shapes are generated per run.</summary>
public sealed class CheckRepositorySecretsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("eval752-files-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private TaskItem Write(string relative, string content, string? kind = null)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        var item = new TaskItem(path);
        if (kind is not null)
        {
            item.SetMetadata("Eval752Kind", kind);
        }

        return item;
    }

    private (bool Succeeded, IReadOnlyList<string> Log) Run(params ITaskItem[] files)
    {
        var engine = new FakeBuildEngine();
        var succeeded = new CheckRepositorySecrets { BuildEngine = engine, Files = files, RepositoryRoot = root }.Execute();
        return (succeeded, engine.Log);
    }

    [Fact]
    public void SecretNamedValueInAppSettings_IsACodedErrorAtTheValue_WithoutTheValue()
    {
        var (succeeded, log) = Run(Write("src/Api/appsettings.json", "{ \"Smtp\": { \"Password\": \"Made-up-task-pw-1\" } }"));

        Assert.False(succeeded);
        var error = Assert.Single(log);
        Assert.StartsWith("error EG0301 appsettings.json(1,26): A secret-named value (low confidence, 17 characters", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Made-up-task-pw-1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void KindMetadata_ChoosesTheReader_AndAnItemOfNoKnownKindGetsShapesOnly()
    {
        var key = SecretShapes.AnthropicKey();
        var (succeeded, log) = Run(
            Write("config/app.conf", "db_password = Made-up-conf-pw-2\n", kind: "Assignments"),
            Write("notes/setup.txt", $"db_password = Made-up-text-pw-3\nkey {key}\n"));

        Assert.False(succeeded);
        Assert.Equal(2, log.Count);
        Assert.StartsWith("error EG0301 app.conf(1,15): A secret-named value", log[0], StringComparison.Ordinal);
        Assert.StartsWith("error EG0301 setup.txt(2,5): An anthropic secret (high confidence", log[1], StringComparison.Ordinal);
    }

    [Fact]
    public void IgnoredEnvFiles_AreLocalByDesign_TrackedTemplatesAreRead()
    {
        Write(".gitignore", ".env\n.env.*\n!.env.example\n!.env.template\n");

        var (succeeded, log) = Run(
            Write(".env", "DB_PASSWORD=Made-up-local-pw-4\n"),
            Write(".env.template", "DB_PASSWORD=Made-up-tmpl-pw-5\n"));

        Assert.False(succeeded);
        Assert.StartsWith("error EG0301 .env.template(1,13):", Assert.Single(log), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAllowCommentWithAReason_AcceptsTheFinding()
    {
        var (succeeded, log) = Run(Write("deploy/ci-db.yaml", "# eval752-guard:allow password of the disposable CI database\nPOSTGRES_PASSWORD: Made-up-ci-pw-6\n"));

        Assert.True(succeeded);
        Assert.Empty(log);
    }

    [Fact]
    public void BinaryFiles_AreNamedInAMessage_NotAnError()
    {
        var path = Path.Combine(root, "Dockerfile");
        File.WriteAllBytes(path, [0x46, 0x00, 0x52]);

        var (succeeded, log) = Run(new TaskItem(path));

        Assert.True(succeeded);
        Assert.Contains("binary (a NUL byte in its first 8 KB); not scanned (CheckRepositorySecrets)", Assert.Single(log), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("disposable CI database, never used elsewhere", true)]
    [InlineData("", false)]
    public void AJustifiedBaselineEntry_AcceptsTheFinding_AsTheScanWritesIt(string justification, bool accepted)
    {
        var item = Write("deploy/db.yaml", "# moved by an edit\nPOSTGRES_PASSWORD: Made-up-ci-pw-7\n");
        var finding = Detection.Repository.Files.RepositorySecretsCheck.Check(item.ItemSpec, File.ReadAllText(item.ItemSpec), Detection.Repository.Files.RepositoryFileKind.Yaml).Single();
        var fingerprint = Detection.Findings.FileFindingFingerprints.Of([finding], _ => "deploy/db.yaml", new Detection.Findings.FindingLines(File.ReadAllText)).Single().Fingerprint;
        var baseline = Path.Combine(root, ".guardrails-baseline.json");
        File.WriteAllText(baseline, $$"""{ "version": 1, "entries": [ { "rule": "EG0301", "fingerprint": "{{fingerprint}}", "path": "deploy/db.yaml", "justification": "{{justification}}" } ] }""");
        var engine = new FakeBuildEngine();

        var succeeded = new CheckRepositorySecrets { BuildEngine = engine, Files = [item], RepositoryRoot = root, BaselinePath = baseline }.Execute();

        Assert.Equal(accepted, succeeded);
        Assert.Equal(accepted, engine.Log.All(l => !l.StartsWith("error", StringComparison.Ordinal)));
    }
}
