using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Configuration;

/// <summary>
/// The variables a Configuration docs page documents (DESIGN section 5): a name, in either spelling,
/// backticked or not, that is the first cell of a Markdown table row. Prose does not count. Header
/// and separator rows are skipped; one pass, no regex.
/// </summary>
internal static class ConfigurationDocs
{
    /// <summary>Each documented name, canonical (<see cref="ConfigurationVariable.Canonical"/>), with its 1-based line.</summary>
    public static IReadOnlyList<(string Name, int Line)> DocumentedNames(string markdown)
    {
        var names = new List<(string, int)>();
        var line = 0;
        var previousWasRow = false;
        foreach (var raw in markdown.Split('\n'))
        {
            line++;
            var text = raw.Trim();
            if (!text.StartsWith("|", StringComparison.Ordinal))
            {
                previousWasRow = false;
                continue;
            }

            var end = text.IndexOf('|', 1);
            var cell = (end < 0 ? text.Substring(1) : text.Substring(1, end - 1)).Trim();
            var isHeader = !previousWasRow;
            previousWasRow = true;
            if (isHeader || IsSeparator(cell))
            {
                continue;
            }

            AddNames(cell, line, names);
        }

        return names;
    }

    private static void AddNames(string cell, int line, List<(string, int)> names)
    {
        var found = false;
        for (var open = cell.IndexOf('`'); open >= 0;)
        {
            var close = cell.IndexOf('`', open + 1);
            if (close < 0)
            {
                break;
            }

            AddIfName(cell.Substring(open + 1, close - open - 1).Trim(), line, names, ref found);
            open = cell.IndexOf('`', close + 1);
        }

        if (!found)
        {
            AddIfName(cell, line, names, ref found);
        }
    }

    private static void AddIfName(string candidate, int line, List<(string, int)> names, ref bool found)
    {
        if (candidate.Length == 0)
        {
            return;
        }

        foreach (var c in candidate)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == ':' || c == '.' || c == '-'))
            {
                return;
            }
        }

        names.Add((ConfigurationVariable.Canonical(candidate), line));
        found = true;
    }

    private static bool IsSeparator(string cell)
    {
        foreach (var c in cell)
        {
            if (c != '-' && c != ':' && c != ' ')
            {
                return false;
            }
        }

        return cell.Length > 0;
    }
}
