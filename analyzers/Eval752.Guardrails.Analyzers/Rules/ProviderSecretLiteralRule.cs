using System.Globalization;
using Eval752.Guardrails.Analyzers.Literals;
using Eval752.Guardrails.Detection.Secrets;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0001: a string constant holding a provider secret of a known, structurally validated shape
/// (<see cref="SecretFamily.ProviderKey"/>). Runs inside <see cref="SecretLiteralAnalyzer"/> on the
/// compiler's constant value, so every literal form counts, reported once at the outermost constant.
/// </summary>
internal static class ProviderSecretLiteralRule
{
    public static void Check(in LiteralReport report, IOperation literal, SecretFinding finding)
    {
        if (finding.Family != SecretFamily.ProviderKey)
        {
            return;
        }

        report.Report(
            Descriptors.Descriptors.HardcodedProviderSecret,
            literal.Syntax.GetLocation(),
            Descriptors.Descriptors.HardcodedProviderSecret.DefaultSeverity,
            FindingProperties.Of(finding.Kind, finding.Fingerprint),
            finding.Kind,
            finding.Confidence.ToString().ToLowerInvariant(),
            finding.Length.ToString(CultureInfo.InvariantCulture),
            finding.Fingerprint);
    }
}
