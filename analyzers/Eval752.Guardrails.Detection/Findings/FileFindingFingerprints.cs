using System;
using System.Collections.Generic;

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
    /// <param name="lines">The findings' lines (a line that cannot be read counts as empty).</param>
    public static List<(FileFinding Finding, string Fingerprint)> Of(IEnumerable<FileFinding> findings, Func<string, string> relative, FindingLines lines)
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
        var result = new List<(FileFinding, string)>();
        foreach (var finding in ordered)
        {
            if (finding.Fingerprint is { } own)
            {
                result.Add((finding, own)); // the analyzers' scheme: the build's baseline entries accept it too
                continue;
            }

            var identity = finding.Rule.Id + "\n" + relative(finding.Path) + "\n" + (finding.Line > 0 ? lines.Line(finding.Path, finding.Line)?.Trim() : null);
            seen[identity] = seen.TryGetValue(identity, out var count) ? count + 1 : 0;
            result.Add((finding, SecretFingerprint.Of(identity + "\n" + seen[identity].ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return result;
    }
}
