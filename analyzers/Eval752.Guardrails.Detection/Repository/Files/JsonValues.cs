using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Eval752.Guardrails.Detection.Repository.Files;

/// <summary>
/// The string values of a JSON file (<c>appsettings*.json</c>, <c>launchSettings.json</c>) with their key paths,
/// read the way .NET configuration reads them: comments and trailing commas allowed, paths joined with
/// <c>:</c> (<c>Providers:OpenAI:ApiKey</c>, array items by index). One pass with an explicit stack instead of
/// recursion, so a deeply nested file costs memory in proportion to its depth and never overflows the stack;
/// malformed text ends the reading where it stops making sense instead of throwing.
/// </summary>
internal static class JsonValues
{
    /// <summary>Paths show at most this many trailing segments: enough to find the value, bounded on deep files.</summary>
    private const int ShownSegments = 8;

    public static List<KeyedValue> Read(string text, Func<string, string, bool> wanted)
    {
        var values = new List<KeyedValue>();
        var frames = new List<Frame>();
        var expectingKey = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '{':
                    frames.Add(new Frame(isObject: true));
                    expectingKey = true;
                    i++;
                    break;
                case '[':
                    frames.Add(new Frame(isObject: false));
                    expectingKey = false;
                    i++;
                    break;
                case '}':
                case ']':
                    if (frames.Count > 0)
                    {
                        frames.RemoveAt(frames.Count - 1);
                    }

                    expectingKey = false;
                    i++;
                    break;
                case ',':
                    if (frames.Count > 0)
                    {
                        var top = frames[frames.Count - 1];
                        if (top.IsObject)
                        {
                            expectingKey = true;
                        }
                        else
                        {
                            top.Index++;
                        }
                    }

                    i++;
                    break;
                case ':':
                    expectingKey = false;
                    i++;
                    break;
                case '"':
                    var start = i + 1;
                    var value = ReadString(text, ref i);
                    if (frames.Count > 0 && frames[frames.Count - 1].IsObject && expectingKey)
                    {
                        frames[frames.Count - 1].Key = value;
                    }
                    else if (frames.Count > 0)
                    {
                        var key = NearestKey(frames);
                        if (wanted(key, value))
                        {
                            values.Add(new KeyedValue(key, PathOf(frames), value, start));
                        }
                    }

                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = text.IndexOf('\n', i);
                    i = i < 0 ? text.Length : i;
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '*':
                    i = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = i < 0 ? text.Length : i + 2;
                    break;
                default:
                    i++;
                    break;
            }
        }

        return values;
    }

    /// <summary>Reads the string starting at the quote at <paramref name="i"/>, leaving <paramref name="i"/> after its closing quote (or the line's end when unterminated).</summary>
    private static string ReadString(string text, ref int i)
    {
        var start = i + 1;
        var end = start;
        var escaped = false;
        while (end < text.Length && text[end] != '"' && text[end] != '\n')
        {
            if (text[end] == '\\')
            {
                escaped = true;
                end++;
            }

            end++;
        }

        end = Math.Min(end, text.Length);
        i = end + 1;
        return escaped ? Unescape(text, start, end) : text.Substring(start, end - start);
    }

    private static string Unescape(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= end)
            {
                builder.Append(c);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u' when i + 4 < end && int.TryParse(text.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: builder.Append(next); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The key a value is stored under: its own key in an object, or the key of the array that holds it.</summary>
    private static string NearestKey(List<Frame> frames)
    {
        for (var f = frames.Count - 1; f >= 0; f--)
        {
            if (frames[f].IsObject && frames[f].Key is { } key)
            {
                return key;
            }
        }

        return string.Empty;
    }

    private static string PathOf(List<Frame> frames)
    {
        var segments = new List<string>();
        for (var f = Math.Max(0, frames.Count - ShownSegments); f < frames.Count; f++)
        {
            var frame = frames[f];
            segments.Add(frame.IsObject ? frame.Key ?? string.Empty : frame.Index.ToString(CultureInfo.InvariantCulture));
        }

        return (frames.Count > ShownSegments ? "…:" : string.Empty) + string.Join(":", segments);
    }

    private sealed class Frame
    {
        public Frame(bool isObject) => IsObject = isObject;

        public bool IsObject { get; }

        public string? Key { get; set; }

        public int Index { get; set; }
    }
}
