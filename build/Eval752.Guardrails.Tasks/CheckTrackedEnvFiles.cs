using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Eval752.Guardrails.Detection.FileSystem;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Repository;
using Eval752.Guardrails.Detection.Rules;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// EG0305: a real <c>.env</c> file (<see cref="EnvFiles.IsRealEnvFile"/>) in the project folder or directly in
/// the repository root is tracked by git, or present and not ignored (it would go in with the next
/// <c>git add .</c>). With git, the index and <c>git check-ignore</c> answer; without it, the root and project
/// <c>.gitignore</c> files do.
/// </summary>
public sealed class CheckTrackedEnvFiles : GuardrailsTask
{
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    [Required]
    public string RepositoryRoot { get; set; } = string.Empty;

    private protected override IEnumerable<FileFinding> Run()
    {
        var root = Path.GetFullPath(RepositoryRoot);
        var candidates = Candidates(root, Path.GetFullPath(ProjectDirectory));
        if (candidates.Count == 0)
        {
            return [];
        }

        var toplevel = Git.Run(root, "rev-parse", "--show-toplevel");
        return toplevel.ExitCode == 0 ? WithGit(toplevel.Output.Trim(), candidates) : WithoutGit(root, candidates);
    }

    private static List<string> Candidates(string root, string project)
    {
        var found = new List<string>();
        if (Directory.Exists(root))
        {
            found.AddRange(Directory.EnumerateFiles(root).Where(f => EnvFiles.IsRealEnvFile(Path.GetFileName(f))));
        }

        found.AddRange(FolderWalk.Files(project, EnvFiles.IsRealEnvFile));
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<FileFinding> WithGit(string toplevel, List<string> candidates)
    {
        foreach (var path in candidates)
        {
            var relative = GitRelease.MakeRelative(toplevel, path) ?? Path.GetFileName(path);
            if (Git.Run(toplevel, "ls-files", "--error-unmatch", "--", relative).ExitCode == 0)
            {
                yield return Finding(path, $"{relative} is a real environment file tracked by git: run 'git rm --cached {relative}', keep it ignored (.gitignore: .env and .env.* with !.env.example), and rotate every secret it held, since they stay in the history");
            }
            else if (Git.Run(toplevel, "check-ignore", "-q", "--", relative).ExitCode == 1)
            {
                yield return Finding(path, $"{relative} is a real environment file that no .gitignore rule ignores, so the next 'git add .' commits it; add .env and .env.* (with !.env.example) to .gitignore");
            }
        }
    }

    private static IEnumerable<FileFinding> WithoutGit(string root, List<string> candidates)
    {
        var ignoreRules = new GitIgnoreRules(root);
        foreach (var path in candidates)
        {
            if (!ignoreRules.Ignores(path))
            {
                yield return Finding(path, $"{Path.GetFileName(path)} is a real environment file and no .gitignore rule ignores it (git is not available to check the index); add .env and .env.* (with !.env.example) to .gitignore and keep the file out of version control");
            }
        }
    }

    private static FileFinding Finding(string path, string message) => new(RuleCatalog.TrackedEnvFile, path, 1, 1, message);
}
