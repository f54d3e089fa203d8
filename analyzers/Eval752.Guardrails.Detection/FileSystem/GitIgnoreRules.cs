using System;
using System.Collections.Generic;
using System.IO;
using Eval752.Guardrails.Detection.Repository;

namespace Eval752.Guardrails.Detection.FileSystem;

/// <summary>
/// Whether the repository's <c>.gitignore</c> files ignore an env file, without git: the root's rules, then those of
/// every folder down to the file's own, later ones winning as in git (a service folder's own <c>.gitignore</c> that
/// ignores its <c>.env</c> counts). Each folder's file is read once per instance. The same answer for the build tasks
/// and <c>eval752-guard scan</c>, so a file one ignores the other does not report.
/// </summary>
internal sealed class GitIgnoreRules
{
    private readonly string root;
    private readonly Dictionary<string, string[]> byFolder = new(StringComparer.Ordinal);

    public GitIgnoreRules(string root) => this.root = Path.GetFullPath(root);

    /// <summary>Whether the rules that apply at <paramref name="path"/> ignore its file name (see <see cref="EnvFiles.IsIgnored"/>).</summary>
    public bool Ignores(string path)
    {
        var full = Path.GetFullPath(path);
        var rules = new List<string>();
        foreach (var folder in FoldersFromRootTo(Path.GetDirectoryName(full) ?? root))
        {
            rules.AddRange(RulesIn(folder));
        }

        return EnvFiles.IsIgnored(rules, Path.GetFileName(full));
    }

    private IEnumerable<string> FoldersFromRootTo(string folder)
    {
        var chain = new List<string>();
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            chain.Add(current);
            if (string.Equals(current.TrimEnd(Path.DirectorySeparatorChar), root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                chain.Reverse();
                return chain;
            }
        }

        // Outside the repository: only the file's own folder and the root speak for it.
        return new[] { root, folder };
    }

    private string[] RulesIn(string folder)
    {
        if (!byFolder.TryGetValue(folder, out var rules))
        {
            var file = Path.Combine(folder, ".gitignore");
            try
            {
                rules = File.Exists(file) ? File.ReadAllLines(file) : Array.Empty<string>();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                rules = Array.Empty<string>();
            }

            byFolder[folder] = rules;
        }

        return rules;
    }
}
