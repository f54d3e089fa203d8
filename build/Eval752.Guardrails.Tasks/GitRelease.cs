using System;
using System.IO;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// .env.example as it stood at the latest release tag, read with the <c>git</c> on PATH (no network):
/// <c>git describe --tags --abbrev=0 --match v*</c> from HEAD (or the pinned tag), then
/// <c>git show tag:path</c>. Anything that prevents it (no git, not a repository, no tag, a shallow
/// clone without tags) yields the reason instead, for EG0203's documented fallback.
/// </summary>
internal static class GitRelease
{
    /// <summary>The tag and the file's text there (empty when the file did not exist at the tag), or why there is none.</summary>
    public static (string? Tag, string? EnvExampleAtTag, string? Fallback) Read(string repositoryRoot, string envExamplePath, string? pinnedTag, string tagPattern)
    {
        var toplevel = Git.Run(repositoryRoot, "rev-parse", "--show-toplevel");
        if (toplevel.ExitCode != 0)
        {
            return (null, null, toplevel.ExitCode == -1 ? "git is not on PATH" : $"'{repositoryRoot}' is not in a git repository");
        }

        var tag = string.IsNullOrWhiteSpace(pinnedTag) ? null : pinnedTag!.Trim();
        if (tag is null)
        {
            var described = Git.Run(repositoryRoot, "describe", "--tags", "--abbrev=0", "--match", tagPattern, "HEAD");
            if (described.ExitCode != 0 || described.Output.Trim().Length == 0)
            {
                return (null, null, $"no tag matching {tagPattern} is reachable from HEAD (no release yet, or a shallow clone without tags)");
            }

            tag = described.Output.Trim();
        }

        var root = toplevel.Output.Trim();
        var relative = MakeRelative(root, Path.GetFullPath(envExamplePath));
        if (relative is null)
        {
            return (null, null, $".env.example '{envExamplePath}' is outside the git repository '{root}'");
        }

        if (Git.Run(root, "cat-file", "-e", $"{tag}:{relative}").ExitCode != 0)
        {
            // The tag exists but the file did not: every variable is new since that release.
            return Git.Run(root, "rev-parse", "--verify", "--quiet", tag + "^{commit}").ExitCode == 0
                ? (tag, string.Empty, null)
                : (null, null, $"the release tag '{tag}' does not exist");
        }

        var shown = Git.Run(root, "show", $"{tag}:{relative}");
        return shown.ExitCode == 0 ? (tag, shown.Output, null) : (null, null, $"git could not read {relative} at {tag}");
    }

    internal static string? MakeRelative(string root, string path)
    {
        var normalizedRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(normalizedRoot, StringComparison.Ordinal)
            ? path.Substring(normalizedRoot.Length).Replace(Path.DirectorySeparatorChar, '/')
            : null;
    }
}
