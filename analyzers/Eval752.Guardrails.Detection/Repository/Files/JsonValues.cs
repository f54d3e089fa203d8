using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Eval752.Guardrails.Detection.Secrets;

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

    private static readonly char[] StringStops = { '"', '\\', '\n' };

    [MethodImpl(Hot.Loop)]
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
                    var escaped = SkipString(text, ref i);
                    var end = Math.Max(start, Math.Min(i - 1, text.Length));
                    if (frames.Count > 0 && frames[frames.Count - 1].IsObject && expectingKey)
                    {
                        frames[frames.Count - 1].SetKey(text, start, end, escaped);
                    }
                    else if (frames.Count > 0 && (escaped || GenericSecretValue.HasSecretShape(text, start, end - start)))
                    {
                        // Strings are only allocated for values with a secret's shape: most configuration values are not.
                        var value = escaped ? Unescape(text, start, end) : text.Substring(start, end - start);
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

    /// <summary>Skips the string starting at the quote at <paramref name="i"/>, leaving <paramref name="i"/> after its closing quote (or the line's end when unterminated); whether it holds escapes.</summary>
    [MethodImpl(Hot.Loop)]
    private static bool SkipString(string text, ref int i)
    {
        var end = i + 1;
        var escaped = false;
        while (end < text.Length)
        {
            // Vectorized on modern runtimes: a string is mostly plain characters.
            end = text.IndexOfAny(StringStops, end);
            if (end < 0)
            {
                end = text.Length;
                break;
            }

            if (text[end] != '\\')
            {
                break;
            }

            escaped = true;
            end += 2;
        }

        i = Math.Min(end, text.Length) + 1;
        return escaped;
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

    /// <summary>The key a value is stored under (its own key in an object, or the key of the array that holds it), qualified by its parent's when generic (<see cref="KeyNames"/>).</summary>
    private static string NearestKey(List<Frame> frames)
    {
        for (var f = frames.Count - 1; f >= 0; f--)
        {
            if (frames[f].IsObject && frames[f].HasKey)
            {
                string? parent = null;
                for (var p = f - 1; p >= 0 && parent is null; p--)
                {
                    parent = frames[p].IsObject && frames[p].HasKey ? frames[p].Key() : null;
                }

                return KeyNames.Qualified(parent, frames[f].Key());
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
            segments.Add(frame.IsObject ? frame.Key() : frame.Index.ToString(CultureInfo.InvariantCulture));
        }

        return (frames.Count > ShownSegments ? "…:" : string.Empty) + string.Join(":", segments);
    }

    /// <summary>An open object or array; an object's current key is kept as a range and read only when a value needs it.</summary>
    private sealed class Frame
    {
        private string? text;
        private int keyStart;
        private int keyEnd;
        private bool keyEscaped;
        private string? key;

        public Frame(bool isObject) => IsObject = isObject;

        public bool IsObject { get; }

        public int Index { get; set; }

        public bool HasKey => text is not null;

        public void SetKey(string source, int start, int end, bool escaped)
        {
            text = source;
            keyStart = start;
            keyEnd = end;
            keyEscaped = escaped;
            key = null;
        }

        public string Key() =>
            key ??= text is null ? string.Empty : keyEscaped ? Unescape(text, keyStart, keyEnd) : text.Substring(keyStart, keyEnd - keyStart);
    }
}
