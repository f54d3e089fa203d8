using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Eval752.Guardrails.Runtime.AspNetCore.Providers;

/// <summary>ETags are the quoted secret version: <c>"3"</c>. If-Match accepts one strong or weak tag, or <c>*</c>.</summary>
internal static class EntityTags
{
    public static string For(long secretVersion) => string.Create(CultureInfo.InvariantCulture, $"\"{secretVersion}\"");

    /// <summary>Parses If-Match: (true, null) when absent or <c>*</c>; (true, version) for a tag; (false, _) when malformed.</summary>
    public static (bool Valid, long? Version) ParseIfMatch(StringValues header)
    {
        if (StringValues.IsNullOrEmpty(header))
        {
            return (true, null);
        }

        var text = header.ToString().Trim();
        if (text == "*")
        {
            return (true, null);
        }

        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return text.Length > 2 && text[0] == '"' && text[^1] == '"'
            && long.TryParse(text.AsSpan(1, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (true, version)
            : (false, null);
    }
}
