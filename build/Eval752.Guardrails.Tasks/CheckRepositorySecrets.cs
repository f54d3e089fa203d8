using System;
using System.Collections.Generic;
using System.IO;
using Eval752.Guardrails.Detection.FileSystem;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Repository;
using Eval752.Guardrails.Detection.Repository.Files;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// EG0301: secrets in the repository files the compiler never sees (<see cref="RepositorySecretsCheck"/>). Each
/// <c>Eval752RepositoryFile</c> item is read by the kind its path implies (<see cref="RepositoryFileKinds"/>) or
/// the kind its <c>Eval752Kind</c> metadata names; an item of no known kind gets the engine's shapes only. Env
/// files the repository's <c>.gitignore</c> ignores are local by design and are not read.
/// </summary>
public sealed class CheckRepositorySecrets : GuardrailsTask
{
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>Paths are classified relative to it, and its <c>.gitignore</c> says which env files are local.</summary>
    [Required]
    public string RepositoryRoot { get; set; } = string.Empty;

    private protected override IEnumerable<FileFinding> Run()
    {
        var root = Path.GetFullPath(RepositoryRoot);
        var ignoreRules = new GitIgnoreRules(root);
        var findings = new List<FileFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Files)
        {
            var path = item.GetMetadata("FullPath");
            var name = Path.GetFileName(path);
            if (!seen.Add(path) || !File.Exists(path) || (EnvFiles.IsRealEnvFile(name) && ignoreRules.Ignores(path)))
            {
                continue;
            }

            var kind = RepositoryFileKinds.Parse(item.GetMetadata("Eval752Kind")) ?? RepositoryFileKinds.Classify(Relative(root, path));
            if (ReadText(path) is { } text)
            {
                findings.AddRange(RepositorySecretsCheck.Check(path, text, kind == RepositoryFileKind.None ? RepositoryFileKind.Text : kind));
            }
        }

        return findings;
    }

    private static string Relative(string root, string path) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path.Substring(root.Length + 1) : path;
}
