using System.Text.Json;
using Eval752.Guardrails.Detection.Baseline;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Cli.Scanning;

/// <summary>
/// The baseline (<c>.guardrails-baseline.json</c>, DESIGN section 4) applied to a scan: an entry with a
/// justification accepts the finding with the same rule, fingerprint (<see cref="FindingFingerprints"/>) and
/// path relative to the baseline's folder. <c>--update-baseline</c> rewrites the entries of the rules the scan
/// runs from the current findings, keeping justifications, and leaves every other rule's entries (EG0201/EG0202,
/// which need a build) as they are. Entries of the scan's rules that accept nothing are stale. The C# literal rules'
/// entries are keyed by the value's fingerprint, as the analyzers key them, so one entry serves build and scan.
/// </summary>
internal sealed class ScanBaseline
{
    /// <summary>The rules a scan runs (<see cref="RepositoryScan"/> and <see cref="CSharp.CSharpScan"/>): the only ones whose entries it may judge or rewrite.</summary>
    public static readonly HashSet<string> ScanRules = new(StringComparer.Ordinal)
    {
        DiagnosticIds.ListingsDisagree, DiagnosticIds.RealSecretInEnvExample, DiagnosticIds.EncryptionKeyPlaceholderFormat,
        DiagnosticIds.MalformedEnvExample, DiagnosticIds.SecretInRepositoryFile, DiagnosticIds.CiPlaintextValue, DiagnosticIds.ContainerNotNonRoot,
        DiagnosticIds.FrontendExposesKey, DiagnosticIds.TrackedEnvFile,
        DiagnosticIds.HardcodedProviderSecret, DiagnosticIds.HardcodedCredential, DiagnosticIds.HardcodedSecretByName, DiagnosticIds.HardcodedKeyMaterial,
        DiagnosticIds.SecretReachesLog, DiagnosticIds.SecretInException, DiagnosticIds.TypePrintsSecret, DiagnosticIds.SecretObjectLogged,
    };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private ScanBaseline(string path, BaselineFile file)
    {
        Path = path;
        File = file;
    }

    public string Path { get; }

    public BaselineFile File { get; }

    public static ScanBaseline? Load(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return null;
        }

        return new ScanBaseline(path, BaselineFile.Parse(System.IO.File.ReadAllText(path)));
    }

    /// <summary>The findings the baseline does not accept, and the scan-rule entries that accepted nothing.</summary>
    public (List<(FileFinding Finding, string Fingerprint)> Remaining, List<BaselineEntry> Stale) Apply(IReadOnlyList<(FileFinding Finding, string Fingerprint)> findings)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var remaining = new List<(FileFinding, string)>();
        foreach (var (finding, fingerprint) in findings)
        {
            var path = RelativeToBaseline(finding.Path);
            if (File.Accepts(finding.Rule.Id, fingerprint, path))
            {
                used.Add(BaselineEntry.Keys(finding.Rule.Id, fingerprint, path));
            }
            else
            {
                remaining.Add((finding, fingerprint));
            }
        }

        var stale = File.Entries.Where(e => ScanRules.Contains(e.Rule) && e.Justification.Trim().Length > 0 && !used.Contains(e.Key)).ToList();
        return (remaining, stale);
    }

    /// <summary>Writes the baseline: other rules' entries kept, the scan rules' entries replaced by the current findings with their old justifications.</summary>
    public static (int Added, int Removed) Write(string path, ScanBaseline? existing, IReadOnlyList<(FileFinding Finding, string Fingerprint)> findings)
    {
        var baseFolder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var previous = existing?.File.Entries ?? [];
        var justifications = previous.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Justification, StringComparer.Ordinal);
        var entries = previous.Where(e => !ScanRules.Contains(e.Rule))
            .Select(e => (e.Rule, e.Fingerprint, e.Path, e.Justification))
            .ToList();
        var added = 0;
        foreach (var (finding, fingerprint) in findings)
        {
            var relative = System.IO.Path.GetRelativePath(baseFolder, finding.Path).Replace(System.IO.Path.DirectorySeparatorChar, '/');
            var key = BaselineEntry.Keys(finding.Rule.Id, fingerprint, relative);
            if (!justifications.TryGetValue(key, out var justification))
            {
                added++;
                justification = string.Empty;
            }

            entries.Add((finding.Rule.Id, fingerprint, relative, justification));
        }

        var kept = new HashSet<string>(entries.Select(e => BaselineEntry.Keys(e.Rule, e.Fingerprint, e.Path)), StringComparer.Ordinal);
        var removed = previous.Count(e => ScanRules.Contains(e.Rule) && !kept.Contains(e.Key));
        var document = new
        {
            version = 1,
            entries = entries
                .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
                .Select(e => new { rule = e.Rule, fingerprint = e.Fingerprint, path = e.Path, justification = e.Justification }),
        };
        System.IO.File.WriteAllText(path, JsonSerializer.Serialize(document, Indented) + "\n");
        return (added, removed);
    }

    private string RelativeToBaseline(string findingPath)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        return System.IO.Path.GetRelativePath(folder, findingPath).Replace(System.IO.Path.DirectorySeparatorChar, '/');
    }
}
