using Eval752.Guardrails.Detection.FileSystem;

namespace Eval752.Guardrails.Detection.Tests.Repository;

public sealed class GitIgnoreRulesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("eval752-gitignore-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void RootRules_ApplyEverywhere_AndAFoldersOwnGitignoreCountsForItsFiles()
    {
        File.WriteAllText(Path.Combine(root, ".gitignore"), "bin/\n.env\n");
        var service = Directory.CreateDirectory(Path.Combine(root, "services", "billing")).FullName;
        var worker = Directory.CreateDirectory(Path.Combine(root, "services", "worker")).FullName;
        File.WriteAllText(Path.Combine(service, ".gitignore"), ".env.*\n!.env.example\n");

        var rules = new GitIgnoreRules(root);

        Assert.True(rules.Ignores(Path.Combine(root, ".env")));
        Assert.True(rules.Ignores(Path.Combine(worker, ".env")));
        Assert.True(rules.Ignores(Path.Combine(service, ".env.production")));
        Assert.False(rules.Ignores(Path.Combine(worker, ".env.production")));
        Assert.False(rules.Ignores(Path.Combine(service, ".env.example")));
    }

    [Fact]
    public void AFolderRule_OverridesTheRootForItsFiles_AsInGit()
    {
        File.WriteAllText(Path.Combine(root, ".gitignore"), ".env*\n");
        var docs = Directory.CreateDirectory(Path.Combine(root, "docs", "samples")).FullName;
        File.WriteAllText(Path.Combine(root, "docs", ".gitignore"), "!.env.sample\n");

        var rules = new GitIgnoreRules(root);

        Assert.False(rules.Ignores(Path.Combine(docs, ".env.sample")));
        Assert.True(rules.Ignores(Path.Combine(docs, ".env.local")));
    }

    [Fact]
    public void NoGitignoreAnywhere_IgnoresNothing() =>
        Assert.False(new GitIgnoreRules(root).Ignores(Path.Combine(root, "a", ".env")));
}
