using System.IO.Enumeration;

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
        Walk(Path.GetFullPath(root), 0, files, problems);
        files.Sort(StringComparer.Ordinal);
        return new RepositoryFiles(root, files, problems);
    }

    /// <summary>
    /// The files staged in git's index under <paramref name="root"/> (added, copied, modified or renamed; not deleted), for
    /// <c>scan --staged</c> in a pre-commit hook. The files are read from the working tree: pre-commit stashes unstaged
    /// changes before hooks run, so there it is the staged content. Skipped folders are skipped here too.
    /// </summary>
    public static RepositoryFiles Staged(string root)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", "core.quotepath=off", "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--relative" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        string output;
        string error;
        int exitCode;
        try
        {
            using var git = System.Diagnostics.Process.Start(start)!;
            var standardError = git.StandardError.ReadToEndAsync();
            output = git.StandardOutput.ReadToEnd();
            error = standardError.GetAwaiter().GetResult();
            git.WaitForExit();
            exitCode = git.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new CliUsageException("--staged needs git on PATH; install git or scan without --staged.");
        }

        if (exitCode != 0)
        {
            throw new CliUsageException($"--staged needs a git repository at '{root}': {error.Trim()}");
        }

        var files = new List<string>();
        foreach (var relative in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var segments = relative.Split('/');
            var path = Path.GetFullPath(Path.Combine(root, relative));
            if (!segments.Take(segments.Length - 1).Any(Skipped.Contains) && File.Exists(path))
            {
                files.Add(path);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return new RepositoryFiles(root, files, []);
    }

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    public IEnumerable<string> Named(Func<string, bool> fileName) => Files.Where(f => fileName(Path.GetFileName(f)));

    private static void Walk(string folder, int depth, List<string> files, List<string> problems)
    {
        if (depth > MaximumDepth)
        {
            problems.Add($"{folder}: deeper than {MaximumDepth} folders, not scanned");
            return;
        }

        try
        {
            // One listing per folder (files and folders together), read as raw entries: a FileInfo per file costs an
            // lstat each (25,000 on a 16,000-file tree); only folders need their attributes (a symlinked one is skipped).
            var children = new List<string>();
            var entries = new FileSystemEnumerable<(string Path, bool IsFolder)>(
                folder,
                (ref FileSystemEntry entry) => entry.IsDirectory
                    ? (Skipped.Contains(entry.FileName.ToString()) || (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? (string.Empty, true) : (entry.ToFullPath(), true))
                    : (entry.ToFullPath(), false),
                new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false });
            foreach (var (path, isFolder) in entries)
            {
                if (!isFolder)
                {
                    files.Add(path);
                }
                else if (path.Length > 0)
                {
                    children.Add(path);
                }
            }

            foreach (var child in children)
            {
                Walk(child, depth + 1, files, problems);
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            problems.Add($"{folder}: {e.Message}");
        }
    }
}
