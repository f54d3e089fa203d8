using System.Text.RegularExpressions;

namespace Eval752.Guardrails.Testing.Builds;

/// <summary>
/// Reads MSBuild's canonical error format (<c>file(line,col): error ID: message [project]</c>, or
/// <c>file : error ID: message</c> for file-level findings). The pattern runs on the non-backtracking
/// engine: linear time on any log.
/// </summary>
public static partial class BuildOutputParser
{
    public static IReadOnlyList<BuildDiagnostic> Parse(string output, string fixtureRoot, string idPrefix = "EG")
    {
        var root = Path.GetFullPath(fixtureRoot).TrimEnd('/') + "/";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var diagnostics = new List<BuildDiagnostic>();
        foreach (var rawLine in output.Split('\n'))
        {
            var line = StripNodePrefix(rawLine.TrimEnd('\r').Trim());
            var match = DiagnosticLine().Match(line);
            if (!match.Success || !match.Groups["id"].Value.StartsWith(idPrefix, StringComparison.Ordinal) || !seen.Add(line))
            {
                continue;
            }

            var file = match.Groups["file"].Value.Trim();
            if (file.StartsWith(root, StringComparison.Ordinal))
            {
                file = file[root.Length..];
            }

            diagnostics.Add(new BuildDiagnostic(
                match.Groups["id"].Value,
                match.Groups["severity"].Value,
                file.Replace('\\', '/'),
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                match.Groups["message"].Value));
        }

        return diagnostics;
    }

    /// <summary>Detailed verbosity prefixes lines with the build node (<c>1:7&gt;</c>).</summary>
    private static string StripNodePrefix(string line)
    {
        var i = 0;
        while (i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] == ':'))
        {
            i++;
        }

        return i > 0 && i < line.Length && line[i] == '>' ? line[(i + 1)..] : line;
    }

    [GeneratedRegex(
        @"^(?<file>[^\(\[]+?)(\((?<line>[0-9]+),(?<column>[0-9]+)(,[0-9]+,[0-9]+)?\))? ?: (?<severity>error|warning) (?<id>[A-Z]+[0-9]+): (?<message>[^\[]*)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DiagnosticLine();
}
