using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Eval752.Guardrails.Detection.Baseline;

/// <summary>
/// A small strict JSON reader (RFC 8259) for the baseline file: objects become dictionaries, arrays
/// lists, numbers doubles. The analyzers and tasks run where no JSON library may be loaded, so this
/// stays BCL-only. Errors carry the line and column of the offending character. Recursion is bounded.
/// </summary>
internal sealed class MiniJson
{
    private const int MaxDepth = 64;
    private readonly string text;
    private int position;

    private MiniJson(string text) => this.text = text;

    public static object? Parse(string text)
    {
        var reader = new MiniJson(text);
        reader.SkipWhitespace();
        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader.position != text.Length)
        {
            throw reader.Error("unexpected text after the JSON value");
        }

        return value;
    }

    /// <summary>1-based line of an offset, for diagnostics that point into the file.</summary>
    public static int LineOf(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nesting is too deep");
        }

        if (position >= text.Length)
        {
            throw Error("unexpected end of file");
        }

        switch (text[position])
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                return ReadString();
            case 't':
                return ReadLiteral("true", true);
            case 'f':
                return ReadLiteral("false", false);
            case 'n':
                return ReadLiteral("null", null);
            default:
                return ReadNumber();
        }
    }

    private Dictionary<string, object?> ReadObject(int depth)
    {
        var start = position;
        position++;
        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["$offset"] = (double)start };
        SkipWhitespace();
        if (Peek('}'))
        {
            position++;
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            if (!Peek('"'))
            {
                throw Error("expected a property name in double quotes");
            }

            var name = ReadString();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            result[name] = ReadValue(depth + 1);
            SkipWhitespace();
            if (Peek(','))
            {
                position++;
                continue;
            }

            Expect('}');
            return result;
        }
    }

    private List<object?> ReadArray(int depth)
    {
        position++;
        var result = new List<object?>();
        SkipWhitespace();
        if (Peek(']'))
        {
            position++;
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            result.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (Peek(','))
            {
                position++;
                continue;
            }

            Expect(']');
            return result;
        }
    }

    private string ReadString()
    {
        position++;
        var builder = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error("control character inside a string");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (position >= text.Length)
            {
                break;
            }

            var escape = text[position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (position + 4 > text.Length || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("invalid \\u escape");
                    }

                    builder.Append((char)code);
                    position += 4;
                    break;
                default:
                    throw Error($"invalid escape \\{escape}");
            }
        }

        throw Error("unterminated string");
    }

    private object? ReadLiteral(string literal, object? value)
    {
        if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
        {
            throw Error("unexpected character");
        }

        position += literal.Length;
        return value;
    }

    private double ReadNumber()
    {
        var start = position;
        while (position < text.Length && "+-0123456789.eE".IndexOf(text[position]) >= 0)
        {
            position++;
        }

        if (position == start || !double.TryParse(text.Substring(start, position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            position = start;
            throw Error("unexpected character");
        }

        return number;
    }

    private void SkipWhitespace()
    {
        while (position < text.Length && (text[position] == ' ' || text[position] == '\t' || text[position] == '\n' || text[position] == '\r'))
        {
            position++;
        }
    }

    private bool Peek(char c) => position < text.Length && text[position] == c;

    private void Expect(char c)
    {
        if (!Peek(c))
        {
            throw Error($"expected '{c}'");
        }

        position++;
    }

    private FormatException Error(string message)
    {
        var line = LineOf(text, position);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, Math.Min(position, text.Length) - 1)) + 1;
        return new FormatException($"line {line}, column {position - lineStart + 1}: {message}");
    }
}
