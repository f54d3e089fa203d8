using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.CodeFixes.Listings;

/// <summary>
/// A file that lists variables and how to edit it: which AdditionalFiles document it is (the path the
/// diagnostic carries, else the conventional file name), where a project without one gets it, and the edit.
/// </summary>
internal sealed class Listing
{
    private readonly HashSet<string> knownPaths;
    private readonly string fileName;
    private readonly string newRelativePath;

    public Listing(IEnumerable<string> knownPaths, string fileName, string newRelativePath, Func<string?, IReadOnlyList<string>, string?> edit)
    {
        this.knownPaths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in knownPaths)
        {
            this.knownPaths.Add(Path.GetFullPath(path));
        }

        this.fileName = fileName;
        this.newRelativePath = newRelativePath;
        Edit = edit;
    }

    /// <summary>The new text of the file with the names added (null text: the file does not exist yet), or null when nothing changes.</summary>
    public Func<string?, IReadOnlyList<string>, string?> Edit { get; }

    public bool Matches(TextDocument document) =>
        knownPaths.Count > 0 && document.FilePath is not null
            ? knownPaths.Contains(Path.GetFullPath(document.FilePath))
            : string.Equals(Path.GetFileName(document.FilePath ?? document.Name), fileName, StringComparison.OrdinalIgnoreCase);

    public string NewPath(Project project) =>
        project.FilePath is { } projectFile ? Path.Combine(Path.GetDirectoryName(projectFile)!, newRelativePath) : newRelativePath;
}
