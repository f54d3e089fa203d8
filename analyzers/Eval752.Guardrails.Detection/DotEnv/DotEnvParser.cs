using System;
using System.Collections.Generic;
using System.Text;

namespace Eval752.Guardrails.Detection.DotEnv;

/// <summary>
/// Reads .env files the way Docker Compose and POSIX shells agree on: <c>NAME=value</c> or
/// <c>export NAME=value</c>, <c>#</c> comments, single or double quotes on one line, inline
/// <c> #</c> comments after unquoted values. Anything else becomes a <see cref="DotEnvProblem"/>
/// at its line; the parser never throws on content. Single pass, linear in the input.
/// </summary>
internal static class DotEnvParser
{
    private const string ExportKeyword = "export";

    public static DotEnvDocument Parse(string text)
    {
        var entries = new List<DotEnvEntry>();
        var problems = new List<DotEnvProblem>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var description = new List<string>();
        var reportedCarriageReturn = false;

        var start = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            problems.Add(new DotEnvProblem(
                DotEnvProblemKind.ByteOrderMark,
                1,
                1,
                "the file starts with a UTF-8 byte order mark, which shells and Docker Compose read into the first variable's name; save the file as UTF-8 without BOM"));
            start = 1;
        }

        var lineNumber = 0;
        while (start <= text.Length)
        {
            lineNumber++;
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var lineEnd = end;
            if (lineEnd > start && text[lineEnd - 1] == '\r')
            {
                lineEnd--;
                if (!reportedCarriageReturn)
                {
                    reportedCarriageReturn = true;
                    problems.Add(new DotEnvProblem(
                        DotEnvProblemKind.CarriageReturn,
                        lineNumber,
                        lineEnd - start + 1,
                        "the file uses CRLF line endings (first seen on this line); shells read the carriage return into values, so save it with LF line endings"));
                }
            }

            ParseLine(text.Substring(start, lineEnd - start), lineNumber, entries, problems, seen, description);

            if (end == text.Length)
            {
                break;
            }

            start = end + 1;
        }

        return new DotEnvDocument(entries, problems);
    }

    private static void ParseLine(
        string line,
        int lineNumber,
        List<DotEnvEntry> entries,
        List<DotEnvProblem> problems,
        Dictionary<string, int> seen,
        List<string> description)
    {
        var position = SkipWhitespace(line, 0);
        if (position == line.Length)
        {
            description.Clear();
            return;
        }

        if (line[position] == '#')
        {
            description.Add(line.Substring(position + 1).Trim());
            return;
        }

        var exported = StartsWithExport(line, position);
        if (exported)
        {
            position = SkipWhitespace(line, position + ExportKeyword.Length);
        }

        var nameStart = position;
        var equals = line.IndexOf('=', nameStart);
        if (equals < 0)
        {
            problems.Add(new DotEnvProblem(
                DotEnvProblemKind.MissingEquals,
                lineNumber,
                nameStart + 1,
                "this line is not NAME=value: no '=' found; write NAME=value, or start the line with '#' to make it a comment"));
            description.Clear();
            return;
        }

        var name = line.Substring(nameStart, equals - nameStart).TrimEnd();
        var invalidAt = FindInvalidNameCharacter(name);
        if (invalidAt >= 0)
        {
            problems.Add(new DotEnvProblem(
                DotEnvProblemKind.InvalidName,
                lineNumber,
                nameStart + invalidAt + 1,
                name.Length == 0
                    ? "the variable name before '=' is empty; write NAME=value"
                    : $"'{name}' is not a valid variable name: use letters, digits and '_', not starting with a digit"));
            description.Clear();
            return;
        }

        var valueStart = SkipWhitespace(line, equals + 1);
        ReportSpaceAroundEquals(line, lineNumber, name, nameStart + name.Length, equals, valueStart, problems);
        string value;
        var quoted = false;
        if (valueStart < line.Length && (line[valueStart] == '"' || line[valueStart] == '\''))
        {
            var quote = line[valueStart];
            var unquoted = ReadQuoted(line, valueStart, quote);
            if (unquoted is null)
            {
                problems.Add(new DotEnvProblem(
                    DotEnvProblemKind.UnterminatedQuote,
                    lineNumber,
                    valueStart + 1,
                    $"the value of {name} opens a {quote} quote that is not closed on this line; close it (multi-line values are not supported in .env.example)"));
                description.Clear();
                return;
            }

            value = unquoted;
            quoted = true;
        }
        else
        {
            value = ReadUnquoted(line, valueStart);
        }

        if (exported && ShellChangeAt(line, valueStart, quoted ? line[valueStart] : '\0', value.Length) is { } change)
        {
            problems.Add(new DotEnvProblem(DotEnvProblemKind.ShellExpansion, lineNumber, change.Column + 1, $"{name} is exported: {change.Reason}"));
        }

        if (seen.TryGetValue(name, out var firstLine))
        {
            problems.Add(new DotEnvProblem(
                DotEnvProblemKind.DuplicateName,
                lineNumber,
                nameStart + 1,
                $"{name} is already assigned on line {firstLine}; the later line silently wins, so keep one"));
        }
        else
        {
            seen.Add(name, lineNumber);
        }

        entries.Add(new DotEnvEntry(name, value, lineNumber, nameStart + 1, valueStart + 1, quoted, description.ToArray()));
        description.Clear();
    }

    /// <summary>
    /// <c>NAME =value</c> runs a command called NAME in a shell, and <c>NAME= value</c> runs the value as a
    /// command with NAME empty; Docker Compose and dotenv libraries trim instead, so the file means two things.
    /// </summary>
    private static void ReportSpaceAroundEquals(string line, int lineNumber, string name, int nameEnd, int equals, int valueStart, List<DotEnvProblem> problems)
    {
        if (nameEnd < equals)
        {
            problems.Add(new DotEnvProblem(
                DotEnvProblemKind.SpaceAroundEquals,
                lineNumber,
                nameEnd + 1,
                $"space between {name} and '='; a shell reads this line as a command named {name}: write {name}=value"));
        }
        else if (valueStart > equals + 1 && valueStart < line.Length && line[valueStart] != '#')
        {
            problems.Add(new DotEnvProblem(
                DotEnvProblemKind.SpaceAroundEquals,
                lineNumber,
                equals + 2,
                $"space after '=' in {name}; a shell sets {name} to empty and runs the value as a command: remove the space or quote the value"));
        }
    }

    /// <summary>
    /// Where a shell sourcing an <c>export</c> line would change its value: <c>$</c> and backquotes expand
    /// outside single quotes (unless escaped inside double quotes), and unquoted blanks split it.
    /// </summary>
    private static (int Column, string Reason)? ShellChangeAt(string line, int valueStart, char quote, int unquotedLength)
    {
        if (quote == '\'')
        {
            return null;
        }

        var start = quote == '"' ? valueStart + 1 : valueStart;
        var end = quote == '"' ? line.Length : Math.Min(line.Length, valueStart + unquotedLength);
        for (var i = start; i < end; i++)
        {
            var c = line[i];
            if (quote == '"' && c == '\\')
            {
                i++;
                continue;
            }

            if (quote == '"' && c == '"')
            {
                return null;
            }

            if (c == '$' || c == '`')
            {
                return (i, $"the shell expands the '{c}' in its value when the file is sourced; single-quote the value ('…') or drop 'export'");
            }

            if (quote == '\0' && (c == ' ' || c == '\t'))
            {
                return (i, "its unquoted value contains a blank, so the shell splits it when the file is sourced; quote the value");
            }
        }

        return null;
    }

    private static bool StartsWithExport(string line, int position)
    {
        var after = position + ExportKeyword.Length;
        return after < line.Length
            && string.CompareOrdinal(line, position, ExportKeyword, 0, ExportKeyword.Length) == 0
            && (line[after] == ' ' || line[after] == '\t');
    }

    private static int SkipWhitespace(string line, int position)
    {
        while (position < line.Length && (line[position] == ' ' || line[position] == '\t'))
        {
            position++;
        }

        return position;
    }

    /// <summary>Index of the first character that cannot appear in a portable variable name, or -1.</summary>
    private static int FindInvalidNameCharacter(string name)
    {
        if (name.Length == 0)
        {
            return 0;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var valid = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9');
            if (!valid)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? ReadQuoted(string line, int openAt, char quote)
    {
        var builder = new StringBuilder();
        for (var i = openAt + 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == quote)
            {
                return builder.ToString();
            }

            // Double quotes take the usual escapes; single quotes are literal, as in POSIX shells.
            if (quote == '"' && c == '\\' && i + 1 < line.Length)
            {
                i++;
                builder.Append(line[i] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    _ => line[i],
                });
                continue;
            }

            builder.Append(c);
        }

        return null;
    }

    private static string ReadUnquoted(string line, int valueStart)
    {
        var valueEnd = line.Length;
        for (var i = valueStart; i < line.Length; i++)
        {
            if (line[i] == '#' && i > valueStart && (line[i - 1] == ' ' || line[i - 1] == '\t'))
            {
                valueEnd = i;
                break;
            }
        }

        return line.Substring(valueStart, valueEnd - valueStart).TrimEnd(' ', '\t');
    }
}
