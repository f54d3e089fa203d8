using System.Reflection;
using System.Text.Json;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Cli.Scanning;

/// <summary>
/// A scan as SARIF 2.1.0, the shape code-scanning services accept: one run, rule metadata (name,
/// description, help link, default level) for every rule reported, locations relative to the
/// <c>REPOROOT</c> base, and <c>partialFingerprints</c> from <see cref="FindingFingerprints"/>: the rule, the file
/// and the content of the reported line, or for C# literal findings the value's own fingerprint (HMACs both, so
/// moving a finding to another line keeps its identity and no value is exposed). Messages are the checks'
/// messages, which never hold a secret.
/// </summary>
internal static class SarifReport
{
    public const string FingerprintKey = "eval752/v1";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The report for findings already fingerprinted (<see cref="FindingFingerprints"/>), the same values the baseline matched.</summary>
    public static string Create(RepositoryFiles files, IReadOnlyList<(FileFinding Finding, string Fingerprint)> fingerprinted)
    {
        var rules = fingerprinted.Select(f => f.Finding.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        var results = fingerprinted.Select(pair =>
        {
            var (finding, fingerprint) = pair;
            return new Dictionary<string, object?>
            {
                ["ruleId"] = finding.Rule.Id,
                ["ruleIndex"] = ruleIndex[finding.Rule.Id],
                ["level"] = Level(finding.Rule),
                ["message"] = new { text = finding.Message },
                ["locations"] = new[]
                {
                    new
                    {
                        physicalLocation = new Dictionary<string, object?>
                        {
                            ["artifactLocation"] = new { uri = files.Relative(finding.Path), uriBaseId = "REPOROOT" },
                            ["region"] = finding.Line > 0 ? new { startLine = finding.Line, startColumn = Math.Max(1, finding.Column) } : null,
                        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value),
                    },
                },
                ["partialFingerprints"] = new Dictionary<string, string> { [FingerprintKey] = fingerprint },
            };
        }).ToList();

        var sarif = new Dictionary<string, object?>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["tool"] = new
                    {
                        driver = new
                        {
                            name = "eval752-guard",
                            informationUri = "https://github.com/eval752/guardrails",
                            semanticVersion = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "0.0.0",
                            rules = rules.Select(rule => new
                            {
                                id = rule.Id,
                                name = rule.Title,
                                shortDescription = new { text = rule.Title },
                                helpUri = rule.HelpLink,
                                defaultConfiguration = new { level = Level(rule) },
                                properties = new { category = rule.Category },
                            }),
                        },
                    },
                    ["originalUriBaseIds"] = new Dictionary<string, object>
                    {
                        ["REPOROOT"] = new { uri = new Uri(files.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri },
                    },
                    ["results"] = results,
                },
            },
        };
        return JsonSerializer.Serialize(sarif, Indented);
    }

    private static string Level(RuleInfo rule) => rule.DefaultSeverity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "note",
    };
}
