using System;

namespace Eval752.Guardrails.Detection.Placeholders;

/// <summary>
/// Values that stand in for a secret and are never one (DESIGN section 4): empty, <c>changeme</c>,
/// <c>&lt;…&gt;</c>, <c>${X}</c>, <c>{{ X }}</c>, <c>${{ secrets.X }}</c>, <c>%X%</c>, <c>$(X)</c>,
/// <c>your-…</c>, <c>xxxx…</c>, <c>****</c>, <c>...</c>, words such as example/dummy/sample/placeholder,
/// and one character repeated. Linear scans, no regex.
/// </summary>
internal static class PlaceholderCatalog
{
    private static readonly string[] PlaceholderWords =
    {
        "changeme", "change-me", "change_me", "replace-me", "replace_me", "replaceme", "placeholder",
        "example", "dummy", "sample", "your-", "your_", "todo", "fixme", "redacted", "notset", "not-set",
    };

    public static bool IsPlaceholder(string value)
    {
        var text = value.Trim();
        // sk-1234 is LiteLLM's documented master-key example; short counting runs are demo values.
        if (text.Length == 0 || IsOneRepeatedCharacter(text) || text == "..." || text == "sk-..." || text == "sk-1234"
            || (text.Length <= 10 && text.IndexOf("1234", StringComparison.Ordinal) >= 0))
        {
            return true;
        }

        if (IsWrapped(text, "<", ">") || IsWrapped(text, "${", "}") || IsWrapped(text, "{{", "}}")
            || IsWrapped(text, "%", "%") || IsWrapped(text, "$(", ")") || IsWrapped(text, "[", "]"))
        {
            return true;
        }

        foreach (var word in PlaceholderWords)
        {
            if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return text.IndexOf("xxxx", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("****", StringComparison.Ordinal) >= 0;
    }

    private static bool IsWrapped(string text, string open, string close) =>
        text.Length > open.Length + close.Length
        && text.StartsWith(open, StringComparison.Ordinal)
        && text.EndsWith(close, StringComparison.Ordinal);

    private static bool IsOneRepeatedCharacter(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != text[0])
            {
                return false;
            }
        }

        return true;
    }
}
