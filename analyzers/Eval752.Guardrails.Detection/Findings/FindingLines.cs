using System;
using System.Collections.Generic;
using Eval752.Guardrails.Detection.Repository.Files;

namespace Eval752.Guardrails.Detection.Findings;

/// <summary>
/// The lines findings point at, for the steps after the checks (inline suppression, content fingerprints): each
/// file is read at most once per run, and only when it has a finding. One instance serves every step of a run.
/// </summary>
internal sealed class FindingLines
{
    private readonly Func<string, string?> readText;
    private readonly Dictionary<string, (string Text, TextPositions Positions)?> files = new(StringComparer.Ordinal);

    /// <param name="readText">The file's text, or null when it cannot be read.</param>
    public FindingLines(Func<string, string?> readText) => this.readText = readText;

    /// <summary>The 1-based line without its line break, or null when the file cannot be read or has no such line.</summary>
    public string? Line(string path, int line)
    {
        if (!files.TryGetValue(path, out var file))
        {
            var text = readText(path);
            file = text is null ? null : (text, new TextPositions(text));
            files[path] = file;
        }

        if (file is not { } read || line < 1 || line > read.Positions.LineCount)
        {
            return null;
        }

        var (start, length) = read.Positions.LineSpan(read.Text, line);
        return read.Text.Substring(start, length);
    }
}
