using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.Findings;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// EG0205: variables listed in <c>.env.example</c> or the Configuration docs that no project of the repository
/// reads. The read sets meet as records under the repository's <c>obj/eval752-reads/</c> (one per project and
/// target framework, <see cref="RecordConfigurationReads"/>). The check speaks only when every C# project
/// under the repository root has a record (or is listed in <c>Eval752StaleCheckIgnoredProjects</c>): before
/// that, a variable only an unbuilt project reads would look stale. Until then it says which projects it
/// waits for and <see cref="Complete"/> is false, so the build does not mark the check done.
/// </summary>
public sealed class CheckStaleVariables : GuardrailsTask
{
    public string EnvExamplePath { get; set; } = string.Empty;

    public string ConfigurationDocsPath { get; set; } = string.Empty;

    [Required]
    public string RecordsDirectory { get; set; } = string.Empty;

    [Required]
    public string RepositoryRoot { get; set; } = string.Empty;

    /// <summary>The <c>Eval752StaleCheckIgnoredProjects</c> property: project file names or repository-relative paths (<c>;</c>-separated) that never record reads.</summary>
    public string? IgnoredProjects { get; set; }

    public string? FrameworkKeys { get; set; }

    /// <summary>The <c>Eval752ExternalVariables</c> property: variables something other than the repository's .NET code reads (<c>;</c>-separated, trailing <c>*</c> for a prefix).</summary>
    public string? ExternalVariables { get; set; }

    /// <summary>True when every project had a record, so the answer is final until an input changes.</summary>
    [Output]
    public bool Complete { get; set; }

    private protected override IEnumerable<FileFinding> Run()
    {
        var envExample = File.Exists(EnvExamplePath) ? Path.GetFullPath(EnvExamplePath) : null;
        var docs = File.Exists(ConfigurationDocsPath) ? Path.GetFullPath(ConfigurationDocsPath) : null;
        if (envExample is null && docs is null)
        {
            Complete = true;
            return [];
        }

        var root = Path.GetFullPath(RepositoryRoot);
        var records = ReadRecords();
        var recorded = new HashSet<string>(records.Select(r => Path.GetFullPath(r.ProjectPath)), PathComparer);
        var projects = FolderWalk.Files(root, name => name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Select(Path.GetFullPath)
            .Where(path => !IsIgnored(root, path))
            .ToList();
        var waiting = projects.Where(p => !recorded.Contains(p)).ToList();
        if (waiting.Count > 0)
        {
            // Normal, not high: in a solution build every project but the last one waits, and that is not news.
            Log.LogMessage(
                MessageImportance.Normal,
                $"EG0205 (stale variables) not checked yet: {waiting.Count} of {projects.Count} projects under {root} have no record of the configuration they read ({string.Join(", ", waiting.Take(5).Select(p => Relative(root, p)))}{(waiting.Count > 5 ? ", …" : string.Empty)}). " +
                "Build them with Eval752.Guardrails, or list projects that never will in Eval752StaleCheckIgnoredProjects.");
            return [];
        }

        var live = records.Where(r => File.Exists(r.ProjectPath) && !IsIgnored(root, Path.GetFullPath(r.ProjectPath))).ToList();
        Complete = true;
        return StaleVariables.Check(
            envExample,
            envExample is null ? null : File.ReadAllText(envExample),
            docs,
            docs is null ? null : File.ReadAllText(docs),
            live.SelectMany(r => r.Reads),
            live.Select(r => Path.GetFullPath(r.ProjectPath)).Distinct(PathComparer).Count(),
            ConfigurationVariable.FrameworkPatterns(FrameworkKeys + ";" + ExternalVariables)).ToList();
    }

    private static StringComparer PathComparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private List<ConfigurationReadRecord> ReadRecords()
    {
        var records = new List<ConfigurationReadRecord>();
        if (!Directory.Exists(RecordsDirectory))
        {
            return records;
        }

        foreach (var file in Directory.EnumerateFiles(RecordsDirectory, "*" + ConfigurationReadRecord.FileExtension))
        {
            if (ConfigurationReadRecord.Parse(File.ReadAllText(file)) is { } record)
            {
                records.Add(record);
            }
            else
            {
                Log.LogMessage(MessageImportance.Normal, $"{file} is not a configuration read record; ignored (delete it, the next build writes a new one).");
            }
        }

        return records;
    }

    private bool IsIgnored(string root, string projectPath)
    {
        if (string.IsNullOrWhiteSpace(IgnoredProjects))
        {
            return false;
        }

        var relative = Relative(root, projectPath);
        var name = Path.GetFileName(projectPath);
        foreach (var entry in IgnoredProjects!.Split(';'))
        {
            var wanted = entry.Trim().Replace('\\', '/');
            if (wanted.Length > 0 && (string.Equals(wanted, name, StringComparison.OrdinalIgnoreCase) || string.Equals(wanted, relative, StringComparison.OrdinalIgnoreCase)
                || (wanted.EndsWith("/", StringComparison.Ordinal) && relative.StartsWith(wanted, StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return false;
    }

    private static string Relative(string root, string path) =>
        path.StartsWith(root, StringComparison.Ordinal) ? path.Substring(root.Length).TrimStart('/', '\\').Replace('\\', '/') : path;
}
