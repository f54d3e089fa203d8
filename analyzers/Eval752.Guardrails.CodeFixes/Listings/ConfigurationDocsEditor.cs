using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Eval752.Guardrails.Detection.Configuration;

namespace Eval752.Guardrails.CodeFixes.Listings;

/// <summary>
/// Adds a row stub per variable to the Configuration docs (EG0202's fix): the name backticked in the first
/// cell, a description to write in the last, as many cells as the first table has, after its last row.
/// A file without a table gets one; no file gets a new page. Names already documented are skipped.
/// </summary>
internal static class ConfigurationDocsEditor
{
    public const string NewPageTitle = "# Configuration";
    public const string DescriptionStub = "TODO: what it configures, its default, whether it is secret.";

    public static string? Add(string? existing, IEnumerable<string> variables)
    {
        var text = existing ?? string.Empty;
        var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        var documented = new HashSet<string>(ConfigurationDocs.DocumentedNames(text).Select(d => d.Name), ConfigurationVariable.Comparer);
        var added = variables.Select(ConfigurationVariable.Canonical).Where(documented.Add).OrderBy(name => name, StringComparer.OrdinalIgnoreCase).ToList();
        if (added.Count == 0)
        {
            return null;
        }

        if (FirstTable(text) is not null)
        {
            // One row at a time at its sorted place among the rows, so one fix at a time and fix-all agree.
            foreach (var name in added)
            {
                var table = FirstTable(text)!.Value;
                var at = table.Rows.FirstOrDefault(row => string.Compare(row.Name, name, StringComparison.OrdinalIgnoreCase) > 0).Offset;
                var position = at > 0 ? at : table.End;
                var prefix = position == text.Length && !text.EndsWith("\n", StringComparison.Ordinal) ? newLine : string.Empty;
                text = text.Insert(position, prefix + Row(name, table.Columns) + newLine);
            }

            return text;
        }

        var builder = new StringBuilder(text);
        if (text.Length == 0)
        {
            builder.Append(NewPageTitle).Append(newLine);
        }
        else if (!text.EndsWith("\n", StringComparison.Ordinal))
        {
            builder.Append(newLine);
        }

        builder.Append(newLine).Append("| Variable | Description |").Append(newLine).Append("|---|---|").Append(newLine);
        foreach (var name in added)
        {
            builder.Append(Row(name, 2)).Append(newLine);
        }

        return builder.ToString();
    }

    private static string FirstCell(string row)
    {
        var cells = row.Trim().Trim('|').Split('|');
        return cells[0].Trim().Trim('`').Trim();
    }

    private static string Row(string name, int columns)
    {
        var builder = new StringBuilder("| `").Append(name).Append("` |");
        for (var column = 2; column < columns; column++)
        {
            builder.Append("  |");
        }

        if (columns > 1)
        {
            builder.Append(' ').Append(DescriptionStub).Append(" |");
        }

        return builder.ToString();
    }

    /// <summary>
    /// The first Markdown table (a header row followed by a separator row): its column count, its rows (offset
    /// and canonical first-cell text) and the offset after its last row.
    /// </summary>
    private static (int Columns, List<(int Offset, string Name)> Rows, int End)? FirstTable(string text)
    {
        var lines = text.Split('\n');
        var offset = 0;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var header = lines[i].Trim();
            var separator = lines[i + 1].Trim();
            if (header.StartsWith("|", StringComparison.Ordinal) && separator.StartsWith("|", StringComparison.Ordinal) && separator.Replace("|", string.Empty).Trim(' ', '-', ':', '\r').Length == 0)
            {
                var columns = header.Trim('|', '\r', ' ').Split('|').Length;
                var end = offset + lines[i].Length + 1 + lines[i + 1].Length + 1;
                var rows = new List<(int, string)>();
                for (var row = i + 2; row < lines.Length && lines[row].Trim().StartsWith("|", StringComparison.Ordinal); row++)
                {
                    rows.Add((end, ConfigurationVariable.Canonical(FirstCell(lines[row]))));
                    end += lines[row].Length + 1;
                }

                return (columns, rows, Math.Min(end, text.Length));
            }

            offset += lines[i].Length + 1;
        }

        return null;
    }
}
