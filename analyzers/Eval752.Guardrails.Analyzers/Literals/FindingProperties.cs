using System.Collections.Immutable;

namespace Eval752.Guardrails.Analyzers.Literals;

/// <summary>
/// Machine-readable facts attached to a diagnostic (kind and fingerprint, never the value), for code
/// fixes, baselines, SARIF and accuracy measurement.
/// </summary>
internal static class FindingProperties
{
    public const string Kind = "kind";
    public const string Fingerprint = "fingerprint";

    public static ImmutableDictionary<string, string?> Of(string kind, string fingerprint) =>
        ImmutableDictionary<string, string?>.Empty.Add(Kind, kind).Add(Fingerprint, fingerprint);
}
