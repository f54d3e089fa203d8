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
}
