using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// The files under a folder that a build may look at: depth-limited, never into build output, package
/// folders, git's own folder or symlinked folders (no loops, no escaping the repository).
/// </summary>
internal static class FolderWalk
{
    private const int MaximumDepth = 12;
    private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules", ".git" };

    public static List<string> Files(string directory, Func<string, bool> includeFileName)
    {
        var found = new List<string>();
        Walk(directory, 0, includeFileName, found);
        return found;
    }

    private static void Walk(string directory, int depth, Func<string, bool> includeFileName, List<string> found)
    {
        if (depth > MaximumDepth || !Directory.Exists(directory))
        {
            return;
        }

        found.AddRange(Directory.EnumerateFiles(directory).Where(f => includeFileName(Path.GetFileName(f))));
        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            var info = new DirectoryInfo(child);
            if (!SkippedFolders.Contains(info.Name, StringComparer.OrdinalIgnoreCase) && (info.Attributes & FileAttributes.ReparsePoint) == 0)
            {
                Walk(child, depth + 1, includeFileName, found);
            }
        }
    }
}
