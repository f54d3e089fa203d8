using System.Text.Json;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Cli.Scanning;

/// <summary>
/// A scan's findings as text (<c>path(line,col): severity ID: message</c>, MSBuild's format, so editors and
/// CI annotate them) or JSON. Paths are repository-relative with forward slashes; messages never hold a
/// secret value (the checks only ever put names, lengths and fingerprints in them).
/// </summary>
internal static class ScanReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Text(RepositoryFiles files, IReadOnlyList<FileFinding> findings, IReadOnlyList<string> problems)
    {
        var writer = new StringWriter();
        foreach (var finding in Ordered(findings))
        {
            writer.WriteLine($"{files.Relative(finding.Path)}({finding.Line},{finding.Column}): {Severity(finding.Rule)} {finding.Rule.Id}: {finding.Message}");
        }

        foreach (var problem in files.Problems.Concat(problems))
        {
            writer.WriteLine($"warning: {problem}");
        }

        writer.WriteLine(findings.Count == 0 ? $"{files.Files.Count} files scanned, no findings." : $"{files.Files.Count} files scanned, {findings.Count} finding(s).");
        return writer.ToString();
    }

    public static string Json(RepositoryFiles files, IReadOnlyList<FileFinding> findings, IReadOnlyList<string> problems) =>
        JsonSerializer.Serialize(
            new
            {
                filesScanned = files.Files.Count,
                findings = Ordered(findings).Select(f => new
                {
                    ruleId = f.Rule.Id,
                    severity = Severity(f.Rule),
                    path = files.Relative(f.Path),
                    line = f.Line,
                    column = f.Column,
                    message = f.Message,
                    helpUri = f.Rule.HelpLink,
                }),
                problems = files.Problems.Concat(problems),
            },
            Indented);

    private static IEnumerable<FileFinding> Ordered(IEnumerable<FileFinding> findings) =>
        findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal);

    private static string Severity(RuleInfo rule) => rule.DefaultSeverity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };
}
