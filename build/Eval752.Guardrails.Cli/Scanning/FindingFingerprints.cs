using Eval752.Guardrails.Detection.Findings;

namespace Eval752.Guardrails.Cli.Scanning;

/// <summary>
/// A finding's identity that survives edits elsewhere in its file: an HMAC (<see cref="SecretFingerprint"/>, so
/// no value can be read back) of the rule, the repository-relative path and the trimmed content of the
/// reported line, plus its occurrence number among identical ones. Used for SARIF's partialFingerprints and
/// for baseline entries of repository-file findings.
/// </summary>
internal static class FindingFingerprints
{
    public static IReadOnlyList<(FileFinding Finding, string Fingerprint)> Of(RepositoryFiles files, IEnumerable<FileFinding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var result = new List<(FileFinding, string)>();
        foreach (var finding in findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal))
        {
            var identity = $"{finding.Rule.Id}\n{files.Relative(finding.Path)}\n{LineContent(finding, lines)}";
            seen[identity] = seen.TryGetValue(identity, out var count) ? count + 1 : 0;
            result.Add((finding, SecretFingerprint.Of($"{identity}\n{seen[identity]}")));
        }

        return result;
    }

    private static string LineContent(FileFinding finding, Dictionary<string, string[]> cache)
    {
        if (finding.Line <= 0)
        {
            return string.Empty;
        }

        if (!cache.TryGetValue(finding.Path, out var lines))
        {
            lines = File.Exists(finding.Path) && new FileInfo(finding.Path).Length <= Detection.FileSystem.RepositoryText.MaximumBytes ? File.ReadAllLines(finding.Path) : [];
            cache[finding.Path] = lines;
        }

        return finding.Line <= lines.Length ? lines[finding.Line - 1].Trim() : string.Empty;
    }
}
