using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Repository.Files;

/// <summary>
/// The attribute values and element texts of an XML configuration file (<c>web.config</c>, <c>app.config</c>,
/// <c>nuget.config</c>) with the name that classifies each: <c>&lt;add key="SmtpPassword" value="…"/&gt;</c> is
/// keyed by its <c>key</c> (or <c>name</c>), other attributes by their own name (<c>password="…"</c>), element
/// text by its element (<c>&lt;Password&gt;…&lt;/Password&gt;</c>). A single forward scan; comments, processing
/// instructions and CDATA are skipped; no DTD is ever read, so entity expansion attacks have nothing to expand.
/// </summary>
internal static class XmlConfigValues
{
    [MethodImpl(Hot.Loop)]
    public static List<KeyedValue> Read(string text, Func<string, string, bool> wanted)
    {
        var values = new List<KeyedValue>();
        var attributes = new List<(string Name, string Value, int Offset)>();
        var i = text.IndexOf('<');
        while (i >= 0 && i + 1 < text.Length)
        {
            if (Skip(text, i, "<!--", "-->", out var next) || Skip(text, i, "<![CDATA[", "]]>", out next) || Skip(text, i, "<?", "?>", out next) || Skip(text, i, "<!", ">", out next))
            {
                i = next < 0 ? -1 : text.IndexOf('<', next);
                continue;
            }

            if (text[i + 1] == '/')
            {
                i = text.IndexOf('<', i + 1);
                continue;
            }

            var nameEnd = i + 1;
            while (nameEnd < text.Length && IsNameCharacter(text[nameEnd]))
            {
                nameEnd++;
            }

            var element = text.Substring(i + 1, nameEnd - i - 1);
            attributes.Clear();
            var end = ReadAttributes(text, nameEnd, attributes);
            var keyName = Find(attributes, "key") ?? Find(attributes, "name");
            foreach (var (name, value, offset) in attributes)
            {
                var isKeyed = keyName is not null && (name == "value" || name == "connectionString");
                if (name == "key" || name == "name")
                {
                    continue;
                }

                var key = isKeyed ? keyName! : name;
                if (wanted(key, value))
                {
                    values.Add(new KeyedValue(key, isKeyed ? $"{element}[{keyName}]" : $"{element}@{name}", value, offset));
                }
            }

            if (end < 0)
            {
                break;
            }

            if (text[end - 1] != '/' && end + 1 < text.Length)
            {
                var textEnd = text.IndexOf('<', end + 1);
                if (textEnd > end + 1 && element.Length > 0)
                {
                    var start = end + 1;
                    var content = Decode(text.Substring(start, textEnd - start)).Trim();
                    if (content.Length > 0 && wanted(element, content))
                    {
                        values.Add(new KeyedValue(element, element, content, FirstNonSpace(text, start, textEnd)));
                    }
                }

                i = textEnd;
            }
            else
            {
                i = text.IndexOf('<', end);
            }
        }

        return values;
    }

    /// <summary>Reads <c>name="value"</c> pairs up to the tag's closing <c>&gt;</c>; returns its offset, or -1 at the end of the text.</summary>
    private static int ReadAttributes(string text, int i, List<(string, string, int)> attributes)
    {
        while (i < text.Length && text[i] != '>')
        {
            if (!IsNameCharacter(text[i]))
            {
                i++;
                continue;
            }

            var nameStart = i;
            while (i < text.Length && IsNameCharacter(text[i]))
            {
                i++;
            }

            var name = text.Substring(nameStart, i - nameStart);
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length || text[i] != '=')
            {
                continue;
            }

            i++;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length || (text[i] != '"' && text[i] != '\''))
            {
                continue;
            }

            var close = text.IndexOf(text[i], i + 1);
            if (close < 0)
            {
                return -1;
            }

            attributes.Add((name, Decode(text.Substring(i + 1, close - i - 1)), i + 1));
            i = close + 1;
        }

        return i < text.Length ? i : -1;
    }

    private static bool Skip(string text, int i, string open, string close, out int next)
    {
        next = 0;
        if (string.CompareOrdinal(text, i, open, 0, open.Length) != 0)
        {
            return false;
        }

        var at = text.IndexOf(close, i + open.Length, StringComparison.Ordinal);
        next = at < 0 ? -1 : at + close.Length;
        return true;
    }

    private static string? Find(List<(string Name, string Value, int Offset)> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private static string Decode(string value) =>
        value.IndexOf('&') < 0
            ? value
            : value.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&apos;", "'").Replace("&amp;", "&");

    private static int FirstNonSpace(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
}
