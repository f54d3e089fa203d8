using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Findings;

/// <summary>
/// Inline suppression for repository-file findings: a comment holding <c>eval752-guard:allow &lt;reason&gt;</c> on the
/// finding's line or the line above accepts it, in any comment syntax (<c>#</c>, <c>//</c>, <c>&lt;!-- --&gt;</c>,
/// <c>REM</c>). The reason is required, as for baseline entries: a marker without one does not accept the finding
/// and the finding's message says so. Lines come from <see cref="FindingLines"/>, shared with the fingerprints.
/// </summary>
internal static class InlineSuppression
{
    public const string Marker = "eval752-guard:allow";

    public static List<FileFinding> Apply(IEnumerable<FileFinding> findings, FindingLines lines)
    {
        var kept = new List<FileFinding>();
        foreach (var finding in findings)
        {
            switch (finding.Line > 0 ? Judge(lines, finding.Path, finding.Line) : Verdict.None)
            {
                case Verdict.Accepted:
                    break;
                case Verdict.MissingReason:
                    kept.Add(finding with { Message = finding.Message + $" (the {Marker} comment near line {finding.Line} has no reason, so it accepts nothing; write why the value is safe after it)" });
                    break;
                default:
                    kept.Add(finding);
                    break;
            }
        }

        return kept;
    }

    private enum Verdict
    {
        None,
        Accepted,
        MissingReason,
    }

    private static Verdict Judge(FindingLines lines, string path, int line)
    {
        var verdict = Verdict.None;
        for (var candidate = line; candidate >= Math.Max(1, line - 1); candidate--)
        {
            var text = lines.Line(path, candidate);
            var at = text?.IndexOf(Marker, StringComparison.OrdinalIgnoreCase) ?? -1;
            if (at < 0)
            {
                continue;
            }

            if (HasReason(text!, at + Marker.Length, text!.Length))
            {
                return Verdict.Accepted;
            }

            verdict = Verdict.MissingReason;
        }

        return verdict;
    }
    /// <summary>Some word after the marker other than a comment's closing characters.</summary>
    private static bool HasReason(string text, int start, int end)
    {
        if (start < end && !char.IsWhiteSpace(text[start]))
        {
            return false; // "eval752-guard:allowed" is not the marker.
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
