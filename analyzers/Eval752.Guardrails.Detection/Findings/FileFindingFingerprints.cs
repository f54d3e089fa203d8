using System;
using System.Collections.Generic;
using Eval752.Guardrails.Detection.Repository.Files;

namespace Eval752.Guardrails.Detection.Findings;

/// <summary>
/// A repository-file finding's identity that survives edits elsewhere in its file: an HMAC
/// (<see cref="SecretFingerprint"/>, so no value can be read back) of the rule, the relative path and the trimmed
/// content of the reported line, plus its occurrence number among identical ones. The CLI's SARIF
/// <c>partialFingerprints</c> and baseline entries, and the build tasks' baseline, all use it, so an entry written by
/// <c>eval752-guard scan --update-baseline</c> accepts the same finding in <c>dotnet build</c>. A finding that carries
/// its value's fingerprint (<see cref="FileFinding.Fingerprint"/>, the C# literal rules) keeps it, as the analyzers key their entries.
/// </summary>
internal static class FileFindingFingerprints
{
    /// <param name="findings">The findings of one run.</param>
    /// <param name="relative">The path as the baseline records it (relative to the baseline's folder, with '/').</param>
    /// <param name="readText">The file's text, or null when it cannot be read (the line content is then empty).</param>
    public static List<(FileFinding Finding, string Fingerprint)> Of(IEnumerable<FileFinding> findings, Func<string, string> relative, Func<string, string?> readText)
    {
        var ordered = new List<FileFinding>(findings);
        ordered.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Path, b.Path);
            return byPath != 0 ? byPath
                : a.Line != b.Line ? a.Line.CompareTo(b.Line)
                : a.Column != b.Column ? a.Column.CompareTo(b.Column)
                : string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
        });

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new Dictionary<string, (string Text, TextPositions Positions)?>(StringComparer.Ordinal);
        var result = new List<(FileFinding, string)>();
        foreach (var finding in ordered)
        {
            if (finding.Fingerprint is { } own)
            {
                result.Add((finding, own)); // the analyzers' scheme: the build's baseline entries accept it too
                continue;
            }

            var identity = finding.Rule.Id + "\n" + relative(finding.Path) + "\n" + LineContent(finding, texts, readText);
            seen[identity] = seen.TryGetValue(identity, out var count) ? count + 1 : 0;
            result.Add((finding, SecretFingerprint.Of(identity + "\n" + seen[identity].ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return result;
    }

    private static string LineContent(FileFinding finding, Dictionary<string, (string Text, TextPositions Positions)?> texts, Func<string, string?> readText)
    {
        if (finding.Line <= 0)
        {
            return string.Empty;
        }

        if (!texts.TryGetValue(finding.Path, out var file))
        {
            var text = readText(finding.Path);
            file = text is null ? null : (text, new TextPositions(text));
            texts[finding.Path] = file;
        }

        if (file is not { } read || finding.Line > read.Positions.LineCount)
        {
            return string.Empty;
        }

        var (start, length) = read.Positions.LineSpan(read.Text, finding.Line);
        return read.Text.Substring(start, length).Trim();
    }
}
