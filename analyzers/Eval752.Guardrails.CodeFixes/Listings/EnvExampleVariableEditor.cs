using System;
using System.Linq;
using System.Collections.Generic;
using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Detection.Naming;

namespace Eval752.Guardrails.CodeFixes.Listings;

/// <summary>
/// Adds configuration variables the code reads to <c>.env.example</c> (EG0201's fix): each with an empty
/// value and a comment line above it (secret-named ones say so), placed after the last variable of the
/// same section (<c>Smtp__Port</c> joins <c>Smtp__Host</c>) or, for a new section, at the end; new names in
/// sorted order, never one the file already lists in either spelling. Line endings are kept.
/// </summary>
internal static class EnvExampleVariableEditor
{
    public static string? Add(string? existing, IEnumerable<string> variables)
    {
        var text = existing ?? string.Empty;
        var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        var present = new HashSet<string>(DotEnvParser.Parse(text).Entries.Select(e => ConfigurationVariable.Canonical(e.Name)), ConfigurationVariable.Comparer);
        var added = variables.Select(ConfigurationVariable.Canonical).Where(present.Add).OrderBy(name => name, StringComparer.OrdinalIgnoreCase).ToList();
        if (added.Count == 0)
        {
            return null;
        }

        foreach (var name in added)
        {
            text = Insert(text, name, newLine);
        }

        return text;
    }

    private static string Insert(string text, string name, string newLine)
    {
        var block = Comment(name) + newLine + name + "=" + newLine;
        if (SortedPlaceInSection(text, name) is { } before)
        {
            return text.Insert(before, block);
        }

        if (SectionEnd(text, name) is { } sectionEnd)
        {
            var prefix = sectionEnd == text.Length && text.Length > 0 && !text.EndsWith("\n", StringComparison.Ordinal) ? newLine : string.Empty;
            return text.Insert(sectionEnd, prefix + block);
        }

        var separator = text.Length == 0 ? string.Empty : text.EndsWith("\n", StringComparison.Ordinal) ? newLine : newLine + newLine;
        return text + separator + block;
    }

    private static string Comment(string name) => SecretNames.IsSecretName(name)
        ? $"# {name}: secret. Leave empty here; set the real value in .env (never committed) or a secret store."
        : $"# {name}: what it configures and its default.";

    /// <summary>
    /// The start of the comment block of the first variable in <paramref name="name"/>'s section that sorts
    /// after it, so adding one variable at a time and adding them all at once give the same file.
    /// </summary>
    private static int? SortedPlaceInSection(string text, string name)
    {
        var section = SectionOf(name);
        if (section is null)
        {
            return null;
        }

        var next = DotEnvParser.Parse(text).Entries.FirstOrDefault(e =>
            ConfigurationVariable.Canonical(e.Name).StartsWith(section, StringComparison.OrdinalIgnoreCase)
            && string.Compare(ConfigurationVariable.Canonical(e.Name), name, StringComparison.OrdinalIgnoreCase) > 0);
        return next is null ? null : LineStart(text, next.Line - next.Description.Count);
    }

    private static string? SectionOf(string name)
    {
        var separator = name.IndexOf("__", StringComparison.Ordinal);
        return separator <= 0 ? null : name.Substring(0, separator + 2);
    }

    private static int LineStart(string text, int line)
    {
        var offset = 0;
        for (var current = 1; current < line; current++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset;
    }

    /// <summary>The offset after the line of the last variable in <paramref name="name"/>'s section, or null.</summary>
    private static int? SectionEnd(string text, string name)
    {
        if (SectionOf(name) is not { } section)
        {
            return null;
        }

        var last = DotEnvParser.Parse(text).Entries
            .LastOrDefault(e => ConfigurationVariable.Canonical(e.Name).StartsWith(section, StringComparison.OrdinalIgnoreCase));
        if (last is null)
        {
            return null;
        }

        var end = text.IndexOf('\n', LineStart(text, last.Line));
        return end < 0 ? text.Length : end + 1;
    }
}
