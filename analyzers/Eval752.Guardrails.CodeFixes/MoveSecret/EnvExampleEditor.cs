using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Eval752.Guardrails.Detection.DotEnv;

namespace Eval752.Guardrails.CodeFixes.MoveSecret;

/// <summary>
/// Adds variables to <c>.env.example</c> with an empty value (the template's placeholder for a secret)
/// under one comment, keeping the file's line endings and never repeating a variable it already lists
/// (<c>A__B</c> and <c>A:B</c> are the same key, case-insensitive).
/// </summary>
internal static class EnvExampleEditor
{
    public const string FileName = ".env.example";

    public const string Comment = "# Secrets moved out of source code: set the real values in .env (never committed) or a secret store.";

    public static string? AddVariables(string? existing, IEnumerable<string> environmentNames)
    {
        var text = existing ?? string.Empty;
        var document = DotEnvParser.Parse(text);
        var present = new HashSet<string>(document.Entries.Select(e => Normalize(e.Name)), StringComparer.OrdinalIgnoreCase);
        var added = environmentNames.Where(name => present.Add(Normalize(name))).ToList();
        if (added.Count == 0)
        {
            return null;
        }

        var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        var lines = string.Concat(added.Select(name => name + "=" + newLine));

        // Later fixes join the group an earlier fix started, so the template keeps one such comment.
        if (GroupEnd(text) is { } groupEnd)
        {
            return text.Insert(groupEnd, lines);
        }

        var builder = new StringBuilder(text);
        if (builder.Length > 0 && !text.EndsWith("\n", StringComparison.Ordinal))
        {
            builder.Append(newLine);
        }

        if (builder.Length > 0)
        {
            builder.Append(newLine);
        }

        return builder.Append(Comment).Append(newLine).Append(lines).ToString();
    }

    /// <summary>The offset just after the last assignment under <see cref="Comment"/>, or null when the file has no such group.</summary>
    private static int? GroupEnd(string text)
    {
        var start = text.IndexOf(Comment, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = text.IndexOf('\n', start);
        if (end < 0)
        {
            return null;
        }

        var position = end + 1;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var line = (lineEnd < 0 ? text.Substring(position) : text.Substring(position, lineEnd - position)).Trim();
            if (line.Length == 0 || line[0] == '#' || lineEnd < 0)
            {
                break;
            }

            position = lineEnd + 1;
        }

        return position;
    }

    private static string Normalize(string name) => name.Replace(":", "__");
}
