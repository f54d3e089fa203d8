using System.Globalization;
using Eval752.Guardrails.Analyzers.Literals;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Naming;
using Eval752.Guardrails.Detection.Secrets;
using Eval752.Guardrails.Detection.Secrets.Detectors;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0003: a string constant that looks random, stored under a secret name: a field, property, local,
/// parameter (named or positional), returning member, indexer or dictionary key, configuration key or
/// environment variable called password, secret, token, API key, client secret, credential…
/// Values EG0001/EG0002 report, and encryption-key names (EG0004), are left to those rules.
/// In test projects the finding is lowered to a suggestion. Runs inside <see cref="SecretLiteralAnalyzer"/>.
/// </summary>
internal static class SecretNamedLiteralRule
{
    public static void Check(in LiteralReport report, IOperation literal, string text)
    {
        // Cheapest first: one pass over the value's characters rejects most literals, the destination's
        // name most of the rest; the costlier name/path/placeholder checks of the value run last.
        if (text.Length < GenericSecretValue.MinimumLength
            || !GenericSecretValue.HasSecretShape(text)
            || ValueDestination.NameOf(literal) is not { } name
            || !NameClassificationCache.Secret.Matches(name))
        {
            return;
        }

        // An AWS secret access key has no marker of its own; its name makes it a provider secret (EG0001), even under
        // a name EG0004 would otherwise take (the SDK's secretKey parameter reads as an encryption key).
        if (AwsSecretAccessKeyDetector.FromName(name, text) is { } awsSecret)
        {
            ProviderSecretLiteralRule.Check(report, literal, awsSecret);
            return;
        }

        if (NameClassificationCache.EncryptionKey.Matches(name) || GenericSecretValue.IsNameOrPlaceholder(text))
        {
            return;
        }

        var fingerprint = SecretFingerprint.Of(text);
        report.Report(
            Descriptors.Descriptors.HardcodedSecretByName,
            literal.Syntax.GetLocation(),
            report.NamedSecretSeverity,
            FindingProperties.Of("generic", fingerprint),
            name,
            text.Length.ToString(CultureInfo.InvariantCulture),
            fingerprint);
    }
}
