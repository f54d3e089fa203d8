using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Baseline;

/// <summary>
/// <c>.guardrails-baseline.json</c> (DESIGN section 4):
/// <c>{ "version": 1, "entries": [ { "rule", "fingerprint", "path", "justification" } ] }</c>.
/// Only entries with a justification accept findings; every problem is reported at its line.
/// </summary>
internal sealed class BaselineFile
{
    public const string DefaultFileName = ".guardrails-baseline.json";

    private readonly HashSet<string> accepted;

    private BaselineFile(IReadOnlyList<BaselineEntry> entries, IReadOnlyList<(int Line, string Message)> problems)
    {
        Entries = entries;
        Problems = problems;
        accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Justification.Trim().Length > 0)
            {
                accepted.Add(entry.Key);
            }
        }
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    public IReadOnlyList<(int Line, string Message)> Problems { get; }

    public bool Accepts(string rule, string fingerprint, string path) => accepted.Contains(BaselineEntry.Keys(rule, fingerprint, path));

    public static BaselineFile Parse(string text)
    {
        var problems = new List<(int, string)>();
        var entries = new List<BaselineEntry>();
        object? root;
        try
        {
            root = MiniJson.Parse(text);
        }
        catch (FormatException e)
        {
            problems.Add((LineFromMessage(e.Message), $"the baseline is not valid JSON ({e.Message}); fix it or regenerate it with `eval752-guard scan --update-baseline`"));
            return new BaselineFile(entries, problems);
        }

        if (root is not Dictionary<string, object?> document || !document.TryGetValue("entries", out var list) || list is not List<object?> items)
        {
            problems.Add((1, "the baseline must be an object with an \"entries\" array"));
            return new BaselineFile(entries, problems);
        }

        foreach (var item in items)
        {
            if (item is not Dictionary<string, object?> entry)
            {
                problems.Add((1, "every baseline entry must be an object"));
                continue;
            }

            var line = MiniJson.LineOf(text, (int)(double)entry["$offset"]!);
            var rule = Text(entry, "rule");
            var fingerprint = Text(entry, "fingerprint");
            var path = Text(entry, "path");
            var justification = Text(entry, "justification");
            if (rule.Length == 0 || fingerprint.Length == 0 || path.Length == 0)
            {
                problems.Add((line, "a baseline entry needs \"rule\", \"fingerprint\" and \"path\""));
                continue;
            }

            if (justification.Trim().Length == 0)
            {
                problems.Add((line, $"the baseline entry for {rule} in {path} has no justification; say why the finding is accepted, or fix it"));
            }

            entries.Add(new BaselineEntry(rule, fingerprint, path.Replace('\\', '/'), justification, line));
        }

        return new BaselineFile(entries, problems);
    }

    private static string Text(Dictionary<string, object?> entry, string name) =>
        entry.TryGetValue(name, out var value) && value is string text ? text : string.Empty;

    private static int LineFromMessage(string message)
    {
        // "line N, column M: …" from MiniJson.
        var space = message.IndexOf(' ');
        var comma = message.IndexOf(',');
        return space > 0 && comma > space && int.TryParse(message.Substring(space + 1, comma - space - 1), out var line) ? line : 1;
    }
}
