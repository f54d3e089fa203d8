namespace Eval752.Guardrails.Cli.Scanning.CSharp;

/// <summary>
/// The scan's C# files grouped the way they are compiled: by the nearest folder above each file that holds a
/// <c>*.csproj</c> (files under no project form one group of their own). Whether a group is a test project is read
/// from its project file and the <c>Directory.Build.props</c> files above it (a test framework reference or
/// <c>IsTestProject</c>) or from a <c>.Tests</c>/<c>.Test</c> project name, so EG0003 is lowered there as in a build.
/// </summary>
internal sealed record CSharpProject(string Name, string? ProjectFile, IReadOnlyList<string> Files, bool IsTestProject)
{
    private static readonly string[] TestMarkers = ["Microsoft.NET.Test.Sdk", "xunit", "NUnit", "MSTest", "<IsTestProject>true"];

    public static IReadOnlyList<CSharpProject> Group(string root, IEnumerable<string> csharpFiles)
    {
        var projectOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in csharpFiles)
        {
            var project = NearestProject(root, Path.GetDirectoryName(file)!, projectOf) ?? string.Empty;
            if (!groups.TryGetValue(project, out var list))
            {
                groups[project] = list = [];
            }

            list.Add(file);
        }

        return [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key.Length == 0
            ? new CSharpProject("(no project)", null, g.Value, false)
            : new CSharpProject(Path.GetFileNameWithoutExtension(g.Key), g.Key, g.Value, IsTest(root, g.Key)))];
    }

    private static string? NearestProject(string root, string folder, Dictionary<string, string?> cache)
    {
        if (cache.TryGetValue(folder, out var known))
        {
            return known;
        }

        string? found;
        try
        {
            found = Directory.EnumerateFiles(folder, "*.csproj").Order(StringComparer.Ordinal).FirstOrDefault();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            found = null;
        }

        var parent = Path.GetDirectoryName(folder);
        found ??= folder.Length > root.Length && parent is not null ? NearestProject(root, parent, cache) : null;
        cache[folder] = found;
        return found;
    }

    private static bool IsTest(string root, string projectFile)
    {
        var name = Path.GetFileNameWithoutExtension(projectFile);
        if (name.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Test", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Tests", StringComparison.Ordinal))
        {
            return true;
        }

        for (var folder = Path.GetDirectoryName(projectFile); folder is not null && folder.Length >= root.Length; folder = Path.GetDirectoryName(folder))
        {
            foreach (var file in new[] { projectFile, Path.Combine(folder, "Directory.Build.props") })
            {
                if (File.Exists(file) && TestMarkers.Any(File.ReadAllText(file).Contains))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
