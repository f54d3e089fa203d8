namespace Eval752.Guardrails.Cli.Scanning;

/// <summary>
/// The files of a repository a scan reads: every file under the root except build output, dependencies
/// and git's own folder (<c>bin/</c>, <c>obj/</c>, <c>node_modules/</c>, <c>.git/</c>), symlinked folders not
/// followed (no loops), depth-limited. Unreadable folders are reported, not fatal.
/// </summary>
internal sealed class RepositoryFiles
{
    private const int MaximumDepth = 32;
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git" };

    private RepositoryFiles(string root, IReadOnlyList<string> files, IReadOnlyList<string> problems)
    {
        Root = root;
        Files = files;
        Problems = problems;
    }

    public string Root { get; }

    public IReadOnlyList<string> Files { get; }

    /// <summary>Folders that could not be read: named in the output, the rest of the scan goes on.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static RepositoryFiles Enumerate(string root)
    {
        var files = new List<string>();
        var problems = new List<string>();
        Walk(new DirectoryInfo(root), 0, files, problems);
        files.Sort(StringComparer.Ordinal);
        return new RepositoryFiles(root, files, problems);
    }

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    public IEnumerable<string> Named(Func<string, bool> fileName) => Files.Where(f => fileName(Path.GetFileName(f)));

    private static void Walk(DirectoryInfo directory, int depth, List<string> files, List<string> problems)
    {
        if (depth > MaximumDepth)
        {
            problems.Add($"{directory.FullName}: deeper than {MaximumDepth} folders, not scanned");
            return;
        }

        try
        {
            foreach (var file in directory.EnumerateFiles())
            {
                files.Add(file.FullName);
            }

            foreach (var child in directory.EnumerateDirectories())
            {
                if (!Skipped.Contains(child.Name) && (child.Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    Walk(child, depth + 1, files, problems);
                }
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            problems.Add($"{directory.FullName}: {e.Message}");
        }
    }
}
