using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Repository.Files;

/// <summary>
/// Values assigned to names in line-oriented files: shell and PowerShell scripts, Dockerfiles, <c>.ini</c>,
/// <c>.properties</c>, <c>.toml</c> and <c>.tfvars</c>. Each line is split into words (quotes respected, within the
/// line) and these forms are read: <c>NAME=value</c> (also after <c>export</c>, <c>ENV</c>, <c>ARG</c>),
/// <c>NAME = value</c>, <c>NAME: value</c>, <c>$env:NAME = value</c>, <c>$Name = value</c>, <c>--name=value</c>,
/// <c>--name value</c>, <c>-Name value</c> and Docker's <c>ENV NAME value</c>. Comment lines are skipped.
/// </summary>
internal static class AssignmentValues
{
    public static List<KeyedValue> Read(string text, Func<string, string, bool> wanted)
    {
        var values = new List<KeyedValue>();
        var words = new List<(string Text, int Offset, bool Quoted)>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            words.Clear();
            SplitWords(text, lineStart, lineEnd, words);
            if (words.Count > 0 && !IsComment(words[0].Text))
            {
                ReadLine(words, wanted, values);
            }

            lineStart = lineEnd + 1;
        }

        return values;
    }

    private static void ReadLine(List<(string Text, int Offset, bool Quoted)> words, Func<string, string, bool> wanted, List<KeyedValue> values)
    {
        void Add(string name, string value, int offset)
        {
            if (name.Length > 0 && value.Length > 0 && wanted(name, value))
            {
                values.Add(new KeyedValue(name, name, value, offset));
            }
        }

        // Docker's legacy form: ENV NAME value with spaces.
        if (words.Count >= 3 && string.Equals(words[0].Text, "ENV", StringComparison.OrdinalIgnoreCase) && words[1].Text.IndexOf('=') < 0 && IsName(words[1].Text, 0, words[1].Text.Length))
        {
            Add(words[1].Text, words[2].Text, words[2].Offset);
            return;
        }

        for (var w = 0; w < words.Count; w++)
        {
            var (word, offset, quoted) = words[w];
            if (quoted)
            {
                continue;
            }

            var nameStart = word.StartsWith("--", StringComparison.Ordinal) ? 2
                : word.StartsWith("$env:", StringComparison.OrdinalIgnoreCase) ? 5
                : word.StartsWith("$", StringComparison.Ordinal) || word.StartsWith("-", StringComparison.Ordinal) ? 1
                : 0;
            var equals = word.IndexOf('=', nameStart);
            var colon = word.Length > 1 && word[word.Length - 1] == ':' ? word.Length - 1 : -1;
            if (equals > nameStart && IsName(word, nameStart, equals))
            {
                var name = word.Substring(nameStart, equals - nameStart);
                if (equals + 1 < word.Length)
                {
                    Add(name, Unquote(word.Substring(equals + 1)), offset + equals + 1 + (IsQuote(word[equals + 1]) ? 1 : 0));
                }
                else if (w + 1 < words.Count)
                {
                    Add(name, words[w + 1].Text, words[w + 1].Offset);
                    w++;
                }
            }
            else if (w + 2 < words.Count && (words[w + 1].Text == "=" || words[w + 1].Text == ":=") && IsName(word, nameStart, word.Length))
            {
                Add(word.Substring(nameStart), words[w + 2].Text, words[w + 2].Offset);
                w += 2;
            }
            else if (colon > 0 && w == 0 && w + 1 < words.Count && IsName(word, 0, colon))
            {
                Add(word.Substring(0, colon), words[w + 1].Text, words[w + 1].Offset);
                w++;
            }
            else if (nameStart is 1 or 2 && word[0] == '-' && w + 1 < words.Count && !words[w + 1].Text.StartsWith("-", StringComparison.Ordinal) && IsName(word, nameStart, word.Length))
            {
                Add(word.Substring(nameStart), words[w + 1].Text, words[w + 1].Offset);
                w++;
            }
        }
    }

    /// <summary>Words of one line split at blanks outside quotes; a quoted word's text is without its quotes (and its offset after the opening one).</summary>
    private static void SplitWords(string text, int start, int end, List<(string, int, bool)> words)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            var wordStart = i;
            if (IsQuote(text[i]))
            {
                var close = text.IndexOf(text[i], i + 1, end - i - 1);
                var closeAt = close < 0 ? end : close;
                words.Add((text.Substring(i + 1, closeAt - i - 1), i + 1, true));
                i = closeAt + 1;
                continue;
            }

            while (i < end && text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
            {
                if (IsQuote(text[i]))
                {
                    var close = text.IndexOf(text[i], i + 1, end - i - 1);
                    i = close < 0 ? end : close;
                }

                i++;
            }

            i = Math.Min(i, end);
            words.Add((text.Substring(wordStart, i - wordStart), wordStart, false));
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && IsQuote(value[0]) && value[value.Length - 1] == value[0] ? value.Substring(1, value.Length - 2)
        : value.Length >= 1 && IsQuote(value[0]) ? value.Substring(1)
        : value.TrimEnd(';', ',');

    private static bool IsComment(string word) => word.StartsWith("#", StringComparison.Ordinal) || word.StartsWith(";", StringComparison.Ordinal) || word.StartsWith("//", StringComparison.Ordinal) || word == "REM";

    private static bool IsQuote(char c) => c == '"' || c == '\'';

    private static bool IsName(string word, int start, int end)
    {
        if (end <= start || !(char.IsLetter(word[start]) || word[start] == '_'))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = word[i];
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
