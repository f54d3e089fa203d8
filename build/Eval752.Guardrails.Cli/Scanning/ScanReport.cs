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

    /// <summary>The findings as JSON, written field by field (no reflection: serializer start-up cost a tenth of a fast scan).</summary>
    public static string Json(RepositoryFiles files, IReadOnlyList<FileFinding> findings, IReadOnlyList<string> problems)
    {
        var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("filesScanned", files.Files.Count);
            json.WriteStartArray("findings");
            foreach (var finding in Ordered(findings))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Rule.Id);
                json.WriteString("severity", Severity(finding.Rule));
                json.WriteString("path", files.Relative(finding.Path));
                json.WriteNumber("line", finding.Line);
                json.WriteNumber("column", finding.Column);
                json.WriteString("message", finding.Message);
                json.WriteString("helpUri", finding.Rule.HelpLink);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in files.Problems.Concat(problems))
            {
                json.WriteStringValue(problem);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }

    private static IEnumerable<FileFinding> Ordered(IEnumerable<FileFinding> findings) =>
        findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal);

    private static string Severity(RuleInfo rule) => rule.DefaultSeverity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };
}
