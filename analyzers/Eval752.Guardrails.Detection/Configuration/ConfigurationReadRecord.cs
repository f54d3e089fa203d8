using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Eval752.Guardrails.Detection.Configuration;

/// <summary>
/// What one project's build reads (EG0205's input): the project file and the canonical variable names its
/// code reads, written after each compile under the repository's <c>obj/eval752-reads/</c> folder so that the
/// projects of one repository meet there. A line format, not JSON: the MSBuild task must not carry a
/// serializer, and a person can read it. Unknown lines are ignored (a newer writer may add some).
/// </summary>
internal sealed class ConfigurationReadRecord
{
    public const string FileExtension = ".reads";

    /// <summary>Starts a suffix pattern: <c>*__Host</c> reads every variable ending in <c>__Host</c> (a key on a section the recorder could not place).</summary>
    public const string SuffixMarker = "*__";
    public const string Header = "# eval752-guard configuration reads v1";
    private const string ProjectPrefix = "project=";
    private const string ReadPrefix = "read=";

    public ConfigurationReadRecord(string projectPath, IReadOnlyCollection<string> reads)
    {
        ProjectPath = projectPath;
        Reads = reads;
    }

    public string ProjectPath { get; }

    /// <summary>Canonical names (<c>A__B</c>), as many spellings as the read may come from (with and without an environment prefix), and suffix patterns.</summary>
    public IReadOnlyCollection<string> Reads { get; }

    public string Format()
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        text.Append(ProjectPrefix).Append(ProjectPath).Append('\n');
        foreach (var read in Reads)
        {
            text.Append(ReadPrefix).Append(read).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Whether the records' reads cover <paramref name="canonical"/>: by name (<paramref name="exact"/>, case-insensitive) or by a suffix pattern.</summary>
    public static bool Covers(string canonical, ISet<string> exact, IReadOnlyList<string> suffixes)
    {
        if (exact.Contains(canonical))
        {
            return true;
        }

        foreach (var suffix in suffixes)
        {
            if (canonical.Length > suffix.Length + 2
                && canonical.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && string.CompareOrdinal(canonical, canonical.Length - suffix.Length - 2, "__", 0, 2) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The record in <paramref name="text"/>, or null when it is not one (no header, no project line).</summary>
    public static ConfigurationReadRecord? Parse(string text)
    {
        using var reader = new StringReader(text);
        if (reader.ReadLine()?.TrimEnd('\r') != Header)
        {
            return null;
        }

        string? project = null;
        var reads = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.TrimEnd('\r');
            if (line.StartsWith(ProjectPrefix, StringComparison.Ordinal))
            {
                project = line.Substring(ProjectPrefix.Length);
            }
            else if (line.StartsWith(ReadPrefix, StringComparison.Ordinal) && line.Length > ReadPrefix.Length)
            {
                reads.Add(line.Substring(ReadPrefix.Length));
            }
        }

        return string.IsNullOrEmpty(project) ? null : new ConfigurationReadRecord(project!, reads);
    }

    /// <summary>
    /// The value of the assembly's <c>[AssemblyMetadata("Eval752.Guardrails.ConfigurationReads", …)]</c>, which the
    /// guardrails' source generator writes: names separated by line feeds.
    /// </summary>
    public const string AssemblyMetadataKey = "Eval752.Guardrails.ConfigurationReads";

    public static IReadOnlyCollection<string> SplitMetadataValue(string value)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in value.Split('\n'))
        {
            if (name.Trim().Length > 0)
            {
                names.Add(name.Trim());
            }
        }

        return names;
    }
}
