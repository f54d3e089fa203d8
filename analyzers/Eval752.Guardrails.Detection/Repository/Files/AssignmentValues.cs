using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using Eval752.Guardrails.Detection.Secrets;

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
    [MethodImpl(Hot.Loop)]
    public static List<KeyedValue> Read(string text, Func<string, string, bool> wanted)
    {
        var values = new List<KeyedValue>();
        var words = new List<Word>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            words.Clear();
            SplitWords(text, lineStart, lineEnd, words);
            if (words.Count > 0 && !IsComment(text, words[0]))
            {
                ReadLine(text, words, wanted, values);
            }

            lineStart = lineEnd + 1;
        }

        return values;
    }

    /// <summary>A word of a line by position (no string until a value is worth one): quoted words exclude their quotes.</summary>
    private readonly struct Word
    {
        public Word(int start, int end, bool quoted)
        {
            Start = start;
            End = end;
            Quoted = quoted;
        }

        public int Start { get; }

        public int End { get; }

        public bool Quoted { get; }

        public int Length => End - Start;
    }

    [MethodImpl(Hot.Loop)]
    private static void ReadLine(string text, List<Word> words, Func<string, string, bool> wanted, List<KeyedValue> values)
    {
        // Docker's legacy form: ENV NAME value with spaces.
        if (words.Count >= 3 && Is(text, words[0], "ENV") && text.IndexOf('=', words[1].Start, words[1].Length) < 0 && IsName(text, words[1].Start, words[1].End))
        {
            Add(text, words[1].Start, words[1].End, words[2], wanted, values);
            return;
        }

        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (word.Quoted)
            {
                continue;
            }

            var nameStart = word.Start + (StartsWith(text, word, "--") ? 2
                : StartsWithIgnoreCase(text, word, "$env:") ? 5
                : text[word.Start] == '$' || text[word.Start] == '-' ? 1
                : 0);
            var equals = nameStart < word.End ? text.IndexOf('=', nameStart, word.End - nameStart) : -1;

            // .npmrc scopes a setting by registry: //registry.npmjs.org/:_authToken=… names _authToken.
            var scope = equals > nameStart ? text.LastIndexOf(':', equals - 1, equals - nameStart) : -1;
            if (scope >= nameStart && text[nameStart] == '/')
            {
                nameStart = scope + 1;
            }

            var colon = word.Length > 1 && text[word.End - 1] == ':' ? word.End - 1 : -1;
            if (equals > nameStart && IsName(text, nameStart, equals))
            {
                if (equals + 1 < word.End)
                {
                    var valueStart = equals + 1;
                    var valueEnd = word.End;
                    if (IsQuote(text[valueStart]))
                    {
                        valueEnd -= valueEnd - valueStart >= 2 && text[valueEnd - 1] == text[valueStart] ? 1 : 0;
                        valueStart++;
                    }
                    else
                    {
                        while (valueEnd > valueStart && (text[valueEnd - 1] == ';' || text[valueEnd - 1] == ','))
                        {
                            valueEnd--;
                        }
                    }

                    Add(text, nameStart, equals, new Word(valueStart, valueEnd, quoted: false), wanted, values);
                }
                else if (w + 1 < words.Count)
                {
                    Add(text, nameStart, equals, words[++w], wanted, values);
                }
            }
            else if (w + 2 < words.Count && (Is(text, words[w + 1], "=") || Is(text, words[w + 1], ":=")) && IsName(text, nameStart, word.End))
            {
                Add(text, nameStart, word.End, words[w + 2], wanted, values);
                w += 2;
            }
            else if (colon > 0 && w == 0 && w + 1 < words.Count && IsName(text, word.Start, colon))
            {
                Add(text, word.Start, colon, words[++w], wanted, values);
            }
            else if (nameStart > word.Start && text[word.Start] == '-' && w + 1 < words.Count && text[words[w + 1].Start] != '-' && IsName(text, nameStart, word.End))
            {
                Add(text, nameStart, word.End, words[++w], wanted, values);
            }
        }
    }

    /// <summary>Allocates the name and value only when the value has a secret's shape: almost no value in a script does.</summary>
    private static void Add(string text, int nameStart, int nameEnd, Word value, Func<string, string, bool> wanted, List<KeyedValue> values)
    {
        // curl -u user:password, --user user:password: the part after the first ':' is a password.
        if (IsUserOption(text, nameStart, nameEnd) && value.Length > 0 && text.IndexOf(':', value.Start, value.Length) is var colon and > 0)
        {
            Add(text, nameEnd, nameEnd, new Word(colon + 1, value.End, quoted: false), wanted, values, "user-password");
            return;
        }

        Add(text, nameStart, nameEnd, value, wanted, values, null);
    }

    private static bool IsUserOption(string text, int nameStart, int nameEnd) =>
        nameStart > 0 && text[nameStart - 1] == '-' && ((nameEnd - nameStart == 1 && text[nameStart] == 'u') || (nameEnd - nameStart == 4 && string.CompareOrdinal(text, nameStart, "user", 0, 4) == 0));

    private static void Add(string text, int nameStart, int nameEnd, Word value, Func<string, string, bool> wanted, List<KeyedValue> values, string? impliedName)
    {
        if ((impliedName is null && nameEnd <= nameStart) || value.Length == 0 || IsExpression(text[value.Start]) || !GenericSecretValue.HasSecretShape(text, value.Start, value.Length))
        {
            return;
        }

        var name = impliedName ?? text.Substring(nameStart, nameEnd - nameStart);
        var content = text.Substring(value.Start, value.Length);
        if (wanted(name, content))
        {
            values.Add(new KeyedValue(name, name, content, value.Start));
        }
    }

    /// <summary>Words of one line split at blanks outside quotes.</summary>
    [MethodImpl(Hot.Loop)]
    private static void SplitWords(string text, int start, int end, List<Word> words)
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
                words.Add(new Word(i + 1, closeAt, quoted: true));
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
            words.Add(new Word(wordStart, i, quoted: false));
        }
    }

    // "//" only as a word of its own (HCL's "// comment"): .npmrc settings start with "//host/".
    private static bool IsComment(string text, Word word) =>
        text[word.Start] == '#' || text[word.Start] == ';' || Is(text, word, "//") || Is(text, word, "REM") || Is(text, word, "::");

    private static bool Is(string text, Word word, string other) => word.Length == other.Length && string.CompareOrdinal(text, word.Start, other, 0, other.Length) == 0;

    private static bool StartsWith(string text, Word word, string prefix) => word.Length >= prefix.Length && string.CompareOrdinal(text, word.Start, prefix, 0, prefix.Length) == 0;

    private static bool StartsWithIgnoreCase(string text, Word word, string prefix) => word.Length >= prefix.Length && string.Compare(text, word.Start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsQuote(char c) => c == '"' || c == '\'';

    /// <summary>A value that is computed, not written: <c>(Get-Secret …)</c>, <c>@(…)</c>, <c>[string]…</c>, <c>`cmd`</c>, <c>{ … }</c>.</summary>
    private static bool IsExpression(char first) => first is '(' or '@' or '[' or '`' or '{';

    private static bool IsName(string text, int start, int end)
    {
        if (end <= start || !(char.IsLetter(text[start]) || text[start] == '_'))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
