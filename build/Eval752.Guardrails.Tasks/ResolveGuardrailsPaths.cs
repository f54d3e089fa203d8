using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// Resolves where the repository's shared files are: the repository root is the
/// <c>Eval752RepositoryRoot</c> property, else the nearest folder above the project holding
/// <c>.git</c> (folder or worktree file) or a solution, else the project folder.
/// </summary>
public sealed class ResolveGuardrailsPaths : Task
{
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    public string? RepositoryRoot { get; set; }

    public string? EnvExample { get; set; }

    [Output]
    public string ResolvedRepositoryRoot { get; private set; } = string.Empty;

    /// <summary>The <c>Eval752ConfigurationDocs</c> property: relative to the project; default <c>docs/configuration.md</c> at the repository root.</summary>
    public string? ConfigurationDocs { get; set; }

    /// <summary>The <c>Eval752ReleaseNotes</c> property: relative to the project; default <c>CHANGELOG.md</c> at the repository root.</summary>
    public string? ReleaseNotes { get; set; }

    [Output]
    public string ResolvedEnvExample { get; private set; } = string.Empty;

    [Output]
    public string ResolvedReleaseNotes { get; private set; } = string.Empty;

    [Output]
    public string ResolvedConfigurationDocs { get; private set; } = string.Empty;

    public override bool Execute()
    {
        var root = string.IsNullOrWhiteSpace(RepositoryRoot) ? FindRepositoryRoot(ProjectDirectory) : RepositoryRoot!;
        ResolvedRepositoryRoot = Path.GetFullPath(root);
        ResolvedEnvExample = string.IsNullOrWhiteSpace(EnvExample)
            ? Path.Combine(ResolvedRepositoryRoot, ".env.example")
            : Path.GetFullPath(Path.Combine(ProjectDirectory, EnvExample!));
        ResolvedConfigurationDocs = string.IsNullOrWhiteSpace(ConfigurationDocs)
            ? Path.Combine(ResolvedRepositoryRoot, "docs", "configuration.md")
            : Path.GetFullPath(Path.Combine(ProjectDirectory, ConfigurationDocs!));
        ResolvedReleaseNotes = string.IsNullOrWhiteSpace(ReleaseNotes)
            ? Path.Combine(ResolvedRepositoryRoot, "CHANGELOG.md")
            : Path.GetFullPath(Path.Combine(ProjectDirectory, ReleaseNotes!));
        return true;
    }

    internal static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)
                || directory.EnumerateFiles("*.sln").GetEnumerator().MoveNext()
                || directory.EnumerateFiles("*.slnx").GetEnumerator().MoveNext())
            {
                return directory.FullName;
            }
        }

        return Path.GetFullPath(start);
    }
}
