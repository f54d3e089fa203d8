using Eval752.Guardrails.Detection.FileSystem;
using Eval752.Guardrails.Detection.Findings;

namespace Eval752.Guardrails.Cli.Scanning;

/// <summary>The scan's findings with their content-derived fingerprints (<see cref="FileFindingFingerprints"/>), paths relative to the scanned root.</summary>
internal static class FindingFingerprints
{
    public static IReadOnlyList<(FileFinding Finding, string Fingerprint)> Of(RepositoryFiles files, IEnumerable<FileFinding> findings, FindingLines lines) =>
        FileFindingFingerprints.Of(findings, files.Relative, lines);

    /// <summary>Lines read through <see cref="RepositoryText"/>, once per file for every step of a scan.</summary>
    public static FindingLines LinesOf() => new(path => RepositoryText.Read(path, out _));
}
