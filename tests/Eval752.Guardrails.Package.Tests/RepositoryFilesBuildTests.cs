using Eval752.Guardrails.Testing.Builds;

namespace Eval752.Guardrails.Package.Tests;

/// <summary>
/// EG0301 in real <c>dotnet build</c>s against the packed package: the default file set, inline allow comments,
/// incremental skipping, and the item group. The values are made-up, low-value strings.
/// </summary>
[Collection(PackageFeedFixture.Collection)]
public sealed class RepositoryFilesBuildTests(PackageFeedFixture fixture)
{
    private const string Target = "_Eval752CheckRepositorySecrets";

    private static BuildFixture CleanProject(GuardrailsPackageFeed feed, string extraProperties = "")
    {
        var project = BuildFixture.Create(feed, extraProperties);
        project.WriteFile("Program.cs", "namespace Fixture;\n\npublic static class Program\n{\n    public static void Main() => System.Console.WriteLine(System.Environment.GetEnvironmentVariable(\"ENCRYPTION_KEY\") is null);\n}\n");
        project.WriteFile(".env.example", $"ENCRYPTION_KEY={new string('0', 64)}\n");
        project.WriteFile("docs/configuration.md", "| Variable | Description |\n|---|---|\n| `ENCRYPTION_KEY` | The shared master key. |\n");
        project.WriteFile("CHANGELOG.md", "# Changelog\n\n## [Unreleased]\n\n- ENCRYPTION_KEY\n");
        return project;
    }

    [Fact]
    public async Task SecretsInProjectFiles_FailTheBuildAtTheValue_AllowCommentsAccept_AndUnchangedFilesAreNotReread()
    {
        using var project = CleanProject(fixture.Feed);
        project.WriteFile("appsettings.json", "{\n  // eval752-guard:allow password of the local throwaway database\n  \"Db\": { \"Password\": \"Made-up-local-pw-1\" },\n  \"Smtp\": { \"Password\": \"Made-up-smtp-pw-2\" }\n}\n");
        project.WriteFile("deploy/values.yaml", "auth:\n  existingSecret: db-credentials\n  rootPassword: made-UP-helm-pw-3\n");

        var first = await project.BuildAsync();

        Assert.False(first.Succeeded);
        Assert.Equal(["EG0301 appsettings.json 4 26", "EG0301 deploy/values.yaml 3 17"], first.DiagnosticKeys);
        Assert.DoesNotContain("Made-up-smtp-pw-2", first.Output, StringComparison.Ordinal);

        project.WriteFile("appsettings.json", "{\n  \"Smtp\": { \"Password\": \"\" }\n}\n");
        project.WriteFile("deploy/values.yaml", "auth:\n  rootPassword: ${HELM_ROOT_PASSWORD}\n");
        var fixedBuild = await project.BuildAsync();
        Assert.True(fixedBuild.Succeeded, fixedBuild.Output);
        Assert.True(fixedBuild.RanTarget(Target));

        var unchanged = await project.BuildAsync();
        Assert.True(unchanged.SkippedTarget(Target), "an unchanged build should skip the repository-file check");
    }

    [Fact]
    public async Task ItemGroup_ReplacesTheDefaultSet_AndKindMetadataChoosesTheReader()
    {
        using var project = CleanProject(fixture.Feed);
        project.WriteFile(
            Path.GetFileName(project.ProjectPath),
            project.ProjectFile(
                "<Eval752RepositoryFilesDefault>false</Eval752RepositoryFilesDefault>",
                "<Eval752RepositoryFile Include=\"config/app.conf\" Eval752Kind=\"Assignments\" />"));
        project.WriteFile("appsettings.json", "{ \"Smtp\": { \"Password\": \"Made-up-ignored-4\" } }\n");
        project.WriteFile("config/app.conf", "smtp_password = Made-up-conf-pw-5\n");

        var run = await project.BuildAsync();

        Assert.False(run.Succeeded);
        Assert.Equal(["EG0301 config/app.conf 1 17"], run.DiagnosticKeys);
    }
}
