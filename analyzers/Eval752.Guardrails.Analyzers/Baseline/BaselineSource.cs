using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Eval752.Guardrails.Detection.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Eval752.Guardrails.Analyzers.Baseline;

/// <summary>
/// Finds the baseline among the AdditionalFiles (by its file name, as the package's targets add it)
/// and parses it once per text snapshot.
/// </summary>
internal static class BaselineSource
{
    private static readonly ConditionalWeakTable<SourceText, BaselineFile> Cache = new();

    public static AdditionalText? Find(AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (string.Equals(Path.GetFileName(file.Path), BaselineFile.DefaultFileName, StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }
        }

        return null;
    }

    public static BaselineFile? Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        return text is null ? null : Cache.GetValue(text, snapshot => BaselineFile.Parse(snapshot.ToString()));
    }

    /// <summary>The diagnostic's file relative to the folder holding the baseline, with forward slashes.</summary>
    public static string? RelativePath(AdditionalText baseline, Location location)
    {
        var file = location.SourceTree?.FilePath;
        var root = Path.GetDirectoryName(baseline.Path);
        if (string.IsNullOrEmpty(file) || string.IsNullOrEmpty(root))
        {
            return null;
        }

        var prefix = root!.Replace('\\', '/').TrimEnd('/') + "/";
        var normalized = file!.Replace('\\', '/');
        return normalized.StartsWith(prefix, StringComparison.Ordinal) ? normalized.Substring(prefix.Length) : null;
    }

    /// <summary>The whole of a 1-based line of the baseline file (clamped to the file), where baseline diagnostics point.</summary>
    public static Location LineLocation(AdditionalText baseline, SourceText? text, int line)
    {
        if (text is null || text.Lines.Count == 0)
        {
            return Location.Create(baseline.Path, default, default);
        }

        var index = Math.Min(Math.Max(line - 1, 0), text.Lines.Count - 1);
        var span = text.Lines[index].Span;
        return Location.Create(baseline.Path, span, new LinePositionSpan(new LinePosition(index, 0), new LinePosition(index, span.Length)));
    }
}
