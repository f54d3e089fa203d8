using Eval752.Guardrails.Detection.Rules;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Descriptors;

/// <summary>
/// Every descriptor the analyzers report, made in this one place. Ids, categories and severities
/// are written as constants here because the release-tracking analyzer (RS2000–RS2008) can only
/// check descriptors it can read at compile time; a meta-test asserts that each descriptor agrees
/// with the shared <see cref="RuleCatalog"/> that tasks and the CLI use, and help links come from it.
/// Messages name where a secret goes, never the secret.
/// </summary>
internal static class Descriptors
{
    public static readonly DiagnosticDescriptor HardcodedKeyMaterial = new(
        DiagnosticIds.HardcodedKeyMaterial,
        "Hardcoded key material",
        "Hardcoded key material reaches {0}; load the key from ENCRYPTION_KEY through configuration or a secret store",
        RuleCatalog.SecretsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Key material written in source ships in every build, binary and clone of the repository and cannot be rotated "
            + "without a release (playbook section 2). Read it at run time from ENCRYPTION_KEY, which is shared across services and backed up separately.",
        RuleCatalog.HelpLinkFor(DiagnosticIds.HardcodedKeyMaterial));
}
