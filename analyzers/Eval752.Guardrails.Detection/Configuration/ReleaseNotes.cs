using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Configuration;

/// <summary>
/// A Keep a Changelog file as EG0203 reads it: where the <c>## [Unreleased]</c> section is, and whether a
/// variable is named in it (or anywhere), in either spelling (<c>A:B</c>, <c>A__B</c>), any case, as a
/// whole word: <c>SMTP_HOST</c> does not name <c>SMTP_HOST_PORT</c>. One pass per question, no regex.
/// </summary>
internal sealed class ReleaseNotes
{
    private const string UnreleasedHeading = "## [Unreleased]";

    private readonly string text;
    private readonly int unreleasedStart;
    private readonly int unreleasedEnd;

    private ReleaseNotes(string text, int unreleasedLine, int unreleasedStart, int unreleasedEnd)
    {
        this.text = text;
        UnreleasedLine = unreleasedLine;
        this.unreleasedStart = unreleasedStart;
        this.unreleasedEnd = unreleasedEnd;
    }

    /// <summary>The 1-based line of the <c>## [Unreleased]</c> heading; 0 when the file has none.</summary>
    public int UnreleasedLine { get; }

    public static ReleaseNotes Parse(string text)
    {
        var line = 0;
        var offset = 0;
        int headingLine = 0, start = -1, end = text.Length;
        while (offset <= text.Length)
        {
            line++;
            var next = text.IndexOf('\n', offset);
            var lineEnd = next < 0 ? text.Length : next;
            var content = text.Substring(offset, lineEnd - offset).Trim();
            if (start < 0 && content.StartsWith(UnreleasedHeading, StringComparison.OrdinalIgnoreCase))
            {
                headingLine = line;
                start = lineEnd;
            }
            else if (start >= 0 && content.StartsWith("## ", StringComparison.Ordinal))
            {
                end = offset;
                break;
            }

            if (next < 0)
            {
                break;
            }

            offset = next + 1;
        }

        return new ReleaseNotes(text, headingLine, Math.Max(start, 0), start < 0 ? 0 : end);
    }

    public bool NamesInUnreleased(string variable) => Names(variable, unreleasedStart, unreleasedEnd);

    public bool NamesAnywhere(string variable) => Names(variable, 0, text.Length);

    private bool Names(string variable, int from, int to)
    {
        foreach (var spelling in new[] { variable, variable.Replace("__", ":") })
        {
            for (var at = IndexOf(spelling, from, to); at >= 0; at = IndexOf(spelling, at + 1, to))
            {
                if (IsBoundary(at - 1) && IsBoundary(at + spelling.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private int IndexOf(string value, int from, int to) =>
        from >= to ? -1 : text.IndexOf(value, from, to - from, StringComparison.OrdinalIgnoreCase);

    private bool IsBoundary(int index) =>
        index < 0 || index >= text.Length || !(char.IsLetterOrDigit(text[index]) || text[index] == '_' || text[index] == ':');
}
