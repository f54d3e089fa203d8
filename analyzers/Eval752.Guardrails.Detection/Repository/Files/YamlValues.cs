using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using System.Text;
using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Detection.Repository.Files;

/// <summary>
/// The scalar values of a YAML file (compose files, Kubernetes manifests, Helm values, any <c>*.yml</c>) with their
/// key paths, read by block structure the way these files are written: indentation, <c>key: value</c>, <c>- </c>
/// items, one-line flow mappings (<c>KEY: { value: x }</c>), block scalars (<c>key: |</c>), Kubernetes'
/// <c>- name: X / value: …</c> pairs and compose's <c>- X=value</c> lists. Anchors are stripped and aliases never
/// expanded, so a "billion laughs" file is read in one pass over its text. Values under a Kubernetes
/// <c>Secret</c>'s <c>data:</c> are base64-decoded first, since that is only an encoding.
/// </summary>
internal static class YamlValues
{
    private const int ShownSegments = 8;

    public static List<KeyedValue> Read(string text, Func<string, string, bool> wanted)
    {
        var reader = new Reader(text, wanted);
        reader.Run();
        return reader.Values;
    }

    private sealed class Reader
    {
        private readonly string text;
        private readonly Func<string, string, bool> wanted;
        private readonly List<(int Indent, string Key)> parents = new();
        private string? itemName;
        private int itemIndent = -1;
        private bool kubernetesSecret;

        public Reader(string text, Func<string, string, bool> wanted)
        {
            this.text = text;
            this.wanted = wanted;
        }

        public List<KeyedValue> Values { get; } = new();

        [MethodImpl(Hot.Loop)]
        public void Run()
        {
            var lineStart = 0;
            while (lineStart < text.Length)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                var next = ReadLine(lineStart, TrimEnd(lineStart, lineEnd));
                lineStart = Math.Max(next, lineEnd + 1);
            }
        }

        /// <summary>Reads the line at [start, end); returns where the next line to read starts (after a block scalar's lines).</summary>
        [MethodImpl(Hot.Loop)]
        private int ReadLine(int start, int end)
        {
            var content = start;
            while (content < end && text[content] == ' ')
            {
                content++;
            }

            if (content == end || text[content] == '#')
            {
                return end + 1;
            }

            var indent = content - start;
            if (indent == 0 && end - content >= 3 && (string.CompareOrdinal(text, content, "---", 0, 3) == 0 || string.CompareOrdinal(text, content, "...", 0, 3) == 0))
            {
                parents.Clear();
                kubernetesSecret = false;
                itemName = null;
                itemIndent = -1;
                return end + 1;
            }

            // "- key: value" opens a sequence item whose keys sit further in; "- scalar" is an item of the parent's list.
            if (end - content >= 2 && text[content] == '-' && text[content + 1] == ' ' || end - content == 1 && text[content] == '-')
            {
                content = Math.Min(end, content + 2);
                while (content < end && text[content] == ' ')
                {
                    content++;
                }

                indent = content - start;
                itemName = null;
                itemIndent = indent;
                PopTo(indent);
                if (!TrySplitKeyValue(content, end, out _, out _))
                {
                    var (item, itemOffset) = Scalar(content, end);
                    var equals = item.IndexOf('=');
                    if (equals > 0 && IsName(item, equals))
                    {
                        Emit(item.Substring(0, equals), item.Substring(equals + 1), itemOffset + equals + 1);
                    }
                    else if (parents.Count > 0)
                    {
                        Emit(parents[parents.Count - 1].Key, item, itemOffset);
                    }

                    return end + 1;
                }
            }
            else
            {
                PopTo(indent);
                if (indent < itemIndent)
                {
                    itemName = null;
                    itemIndent = -1;
                }
            }

            if (!TrySplitKeyValue(content, end, out var key, out var valueStart))
            {
                return end + 1;
            }

            if (valueStart >= end)
            {
                parents.Add((indent, key));
                return end + 1;
            }

            var first = text[valueStart];
            if (first == '|' || first == '>')
            {
                return ReadBlockScalar(key, indent, end + 1);
            }

            if (first == '{')
            {
                ReadFlowMapping(key, valueStart, end);
                return end + 1;
            }

            var (value, offset) = Scalar(valueStart, end);
            if (indent == 0 && key == "kind")
            {
                kubernetesSecret = value == "Secret";
            }

            if (key == "name" && indent == itemIndent)
            {
                itemName = value;
                return end + 1;
            }

            Emit(key == "value" && itemName is not null && indent == itemIndent ? itemName : key, value, offset);
            return end + 1;
        }

        /// <summary>The more-indented lines after <c>key: |</c> are its value; returns where the first line after them starts.</summary>
        private int ReadBlockScalar(string key, int indent, int lineStart)
        {
            var builder = new StringBuilder();
            var offset = -1;
            while (lineStart < text.Length)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                var content = lineStart;
                while (content < lineEnd && text[content] == ' ')
                {
                    content++;
                }

                var blank = TrimEnd(content, lineEnd) == content;
                if (!blank && content - lineStart <= indent)
                {
                    break;
                }

                if (!blank)
                {
                    offset = offset < 0 ? content : offset;
                    builder.Append(text, content, TrimEnd(content, lineEnd) - content).Append('\n');
                }

                lineStart = lineEnd + 1;
            }

            if (offset >= 0)
            {
                Emit(key, builder.ToString().Trim(), offset);
            }

            return lineStart;
        }

        /// <summary><c>{ a: b, c: "d" }</c> on one line, one level deep: GitLab's <c>KEY: { value: x, description: … }</c>.</summary>
        private void ReadFlowMapping(string key, int start, int end)
        {
            var close = text.IndexOf('}', start);
            if (close < 0 || close > end)
            {
                return;
            }

            parents.Add((int.MaxValue, key));
            var part = start + 1;
            while (part < close)
            {
                var comma = text.IndexOf(',', part, close - part);
                var partEnd = comma < 0 ? close : comma;
                var innerStart = part;
                while (innerStart < partEnd && text[innerStart] == ' ')
                {
                    innerStart++;
                }

                var innerEnd = TrimEnd(innerStart, partEnd);
                if (TrySplitKeyValue(innerStart, innerEnd, out var innerKey, out var valueStart) && valueStart < innerEnd)
                {
                    var (value, offset) = Scalar(valueStart, innerEnd);
                    Emit(innerKey == "value" ? key : innerKey, value, offset);
                }

                part = partEnd + 1;
            }

            parents.RemoveAt(parents.Count - 1);
        }

        private void Emit(string key, string value, int offset)
        {
            if (value.Length == 0 || value[0] == '*')
            {
                return; // empty, or an alias: the anchored value was read where it was written.
            }

            if (kubernetesSecret && parents.Count > 0 && parents[0].Key == "data" && parents[0].Indent == 0 && Base64Text.TryDecode(value) is { } decoded)
            {
                value = decoded;
            }

            var name = KeyNames.Qualified(parents.Count > 0 ? parents[parents.Count - 1].Key : null, key);
            if (wanted(name, value))
            {
                Values.Add(new KeyedValue(name, PathOf(key), value, offset));
            }
        }

        private string PathOf(string key)
        {
            var segments = new List<string>();
            for (var p = Math.Max(0, parents.Count - ShownSegments); p < parents.Count; p++)
            {
                segments.Add(parents[p].Key);
            }

            if (segments.Count == 0 || segments[segments.Count - 1] != key)
            {
                segments.Add(key);
            }

            return (parents.Count > ShownSegments ? "…:" : string.Empty) + string.Join(":", segments);
        }

        private void PopTo(int indent)
        {
            while (parents.Count > 0 && parents[parents.Count - 1].Indent >= indent)
            {
                parents.RemoveAt(parents.Count - 1);
            }
        }

        /// <summary>A plain or quoted scalar in [start, end): quotes, anchors (<c>&amp;a</c>), tags (<c>!!str</c>) and trailing comments removed.</summary>
        private (string Value, int Offset) Scalar(int start, int end)
        {
            while (start < end && (text[start] == '&' || text[start] == '!'))
            {
                var space = text.IndexOf(' ', start, end - start);
                if (space < 0)
                {
                    return (string.Empty, start);
                }

                start = space + 1;
                while (start < end && text[start] == ' ')
                {
                    start++;
                }
            }

            if (start >= end)
            {
                return (string.Empty, start);
            }

            var quote = text[start];
            if (quote == '"' || quote == '\'')
            {
                var close = text.IndexOf(quote, start + 1, end - start - 1);
                var valueEnd = close < 0 ? end : close;
                return (Value(start + 1, valueEnd), start + 1);
            }

            var comment = text.IndexOf(" #", start, end - start, StringComparison.Ordinal);
            var plainEnd = TrimEnd(start, comment < 0 ? end : comment);
            return (Value(start, plainEnd), start);
        }

        /// <summary>
        /// The scalar's text, or empty when it cannot be a secret: not secret-shaped (most values), unless it may be
        /// the name of an item (<c>- name: X</c>), a base64 Secret value or a <c>kind:</c>, which are judged as text.
        /// </summary>
        private string Value(int start, int end) =>
            end > start && (GenericSecretValue.HasSecretShape(text, start, end - start) || kubernetesSecret || itemIndent >= 0 || parents.Count == 0)
                ? text.Substring(start, end - start)
                : string.Empty;

        /// <summary><c>key:</c> or <c>key: value</c> (plain or quoted key without spaces); the value's start, or <paramref name="end"/> when there is none.</summary>
        [MethodImpl(Hot.Loop)]
        private bool TrySplitKeyValue(int start, int end, out string key, out int valueStart)
        {
            key = string.Empty;
            valueStart = end;
            var colon = -1;
            var quoted = start < end && (text[start] == '"' || text[start] == '\'');
            var searchFrom = start;
            if (quoted)
            {
                var close = text.IndexOf(text[start], start + 1, end - start - 1);
                if (close < 0)
                {
                    return false;
                }

                searchFrom = close + 1;
            }

            for (var i = searchFrom; i < end; i++)
            {
                if (text[i] == ':' && (i + 1 == end || text[i + 1] == ' '))
                {
                    colon = i;
                    break;
                }

                if (text[i] == ' ' && !quoted)
                {
                    return false;
                }
            }

            if (colon <= start)
            {
                return false;
            }

            key = text.Substring(start, colon - start).Trim('"', '\'');
            valueStart = colon + 1;
            while (valueStart < end && text[valueStart] == ' ')
            {
                valueStart++;
            }

            return key.Length > 0;
        }

        private int TrimEnd(int start, int end)
        {
            while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\r' || text[end - 1] == '\t'))
            {
                end--;
            }

            return end;
        }

        private static bool IsName(string item, int length)
        {
            for (var i = 0; i < length; i++)
            {
                var c = item[i];
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
