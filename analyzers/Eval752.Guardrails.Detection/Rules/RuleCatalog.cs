using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Rules;

/// <summary>
/// The rules this build of the product implements. A rule appears here only once it is implemented,
/// documented under docs/rules/ and tested; meta-tests enforce all three.
/// </summary>
internal static class RuleCatalog
{
    public const string HelpLinkBase = "https://github.com/eval752/guardrails/blob/main/docs/rules/";

    public const string SecretsCategory = "Security.Secrets";
    public const string ConfigurationCategory = "Security.Configuration";
    public const string RepositoryCategory = "Security.Repository";

    public static readonly RuleInfo HardcodedProviderSecret = new(
        DiagnosticIds.HardcodedProviderSecret,
        "Hardcoded provider secret",
        SecretsCategory,
        RuleSeverity.Error,
        RuleHost.Analyzer);

    public static readonly RuleInfo HardcodedCredential = new(
        DiagnosticIds.HardcodedCredential,
        "Hardcoded credential in a connection string, URL or Authorization header",
        SecretsCategory,
        RuleSeverity.Error,
        RuleHost.Analyzer);

    public static readonly RuleInfo HardcodedSecretByName = new(
        DiagnosticIds.HardcodedSecretByName,
        "Hardcoded value stored under a secret name",
        SecretsCategory,
        RuleSeverity.Warning,
        RuleHost.Analyzer);

    public static readonly RuleInfo HardcodedKeyMaterial = new(
        DiagnosticIds.HardcodedKeyMaterial,
        "Hardcoded key material",
        SecretsCategory,
        RuleSeverity.Error,
        RuleHost.Analyzer);

    public static readonly RuleInfo InvalidBaseline = new(
        DiagnosticIds.InvalidBaseline,
        "The guardrails baseline is malformed or an entry has no justification",
        SecretsCategory,
        RuleSeverity.Error,
        RuleHost.Analyzer);

    public static readonly RuleInfo StaleBaselineEntry = new(
        DiagnosticIds.StaleBaselineEntry,
        "A baseline entry matches no finding",
        SecretsCategory,
        RuleSeverity.Info,
        RuleHost.Analyzer);

    public static readonly RuleInfo SecretReachesLog = new(
        DiagnosticIds.SecretReachesLog,
        "A secret value reaches a log sink unredacted",
        SecretsCategory,
        RuleSeverity.Error,
        RuleHost.Analyzer);

    public static readonly RuleInfo SecretInException = new(
        DiagnosticIds.SecretInException,
        "A secret value is put into an exception message or its Data",
        SecretsCategory,
        RuleSeverity.Error,
        RuleHost.Analyzer);

    public static readonly RuleInfo TypePrintsSecret = new(
        DiagnosticIds.TypePrintsSecret,
        "A type prints or serializes a secret member",
        SecretsCategory,
        RuleSeverity.Warning,
        RuleHost.Analyzer);

    public static readonly RuleInfo SecretObjectLogged = new(
        DiagnosticIds.SecretObjectLogged,
        "An object with a secret member is logged whole",
        SecretsCategory,
        RuleSeverity.Error,
        RuleHost.Analyzer);

    public static readonly RuleInfo MissingFromEnvExample = new(
        DiagnosticIds.MissingFromEnvExample,
        "A configuration variable the code reads is not in .env.example",
        ConfigurationCategory,
        RuleSeverity.Warning,
        RuleHost.Analyzer);

    public static readonly RuleInfo MissingFromConfigurationDocs = new(
        DiagnosticIds.MissingFromConfigurationDocs,
        "A configuration variable the code reads is not in the Configuration docs",
        ConfigurationCategory,
        RuleSeverity.Warning,
        RuleHost.Analyzer);

    public static readonly RuleInfo NewVariableNotInReleaseNotes = new(
        DiagnosticIds.NewVariableNotInReleaseNotes,
        "A new configuration variable is not named in the release notes",
        ConfigurationCategory,
        RuleSeverity.Error,
        RuleHost.Task);

    public static readonly RuleInfo ListingsDisagree = new(
        DiagnosticIds.ListingsDisagree,
        ".env.example and the Configuration docs disagree",
        ConfigurationCategory,
        RuleSeverity.Error,
        RuleHost.Task);

    public static readonly RuleInfo StaleVariable = new(
        DiagnosticIds.StaleVariable,
        "A listed configuration variable is read by no project of the repository",
        ConfigurationCategory,
        RuleSeverity.Warning,
        RuleHost.Task);

    public static readonly RuleInfo RealSecretInEnvExample = new(
        DiagnosticIds.RealSecretInEnvExample,
        ".env.example holds a real-looking secret instead of a placeholder",
        ConfigurationCategory,
        RuleSeverity.Error,
        RuleHost.Task);

    public static readonly RuleInfo EncryptionKeyPlaceholderFormat = new(
        DiagnosticIds.EncryptionKeyPlaceholderFormat,
        "ENCRYPTION_KEY in .env.example is missing or not 64 hex characters",
        ConfigurationCategory,
        RuleSeverity.Error,
        RuleHost.Task);

    public static readonly RuleInfo MalformedEnvExample = new(
        DiagnosticIds.MalformedEnvExample,
        ".env.example line cannot be read as NAME=value",
        ConfigurationCategory,
        RuleSeverity.Error,
        RuleHost.Task);

    public static readonly RuleInfo SecretInRepositoryFile = new(
        DiagnosticIds.SecretInRepositoryFile,
        "A repository file that is not C# holds a secret",
        RepositoryCategory,
        RuleSeverity.Error,
        RuleHost.Task);

    public static readonly RuleInfo CiPlaintextValue = new(
        DiagnosticIds.CiPlaintextValue,
        "A CI configuration sets a secret-named variable to a literal",
        RepositoryCategory,
        RuleSeverity.Error,
        RuleHost.Task);

    public static readonly RuleInfo ContainerNotNonRoot = new(
        DiagnosticIds.ContainerNotNonRoot,
        "A Dockerfile's final stage does not run as the non-root user",
        RepositoryCategory,
        RuleSeverity.Error,
        RuleHost.Task);

    public static readonly RuleInfo FrontendExposesKey = new(
        DiagnosticIds.FrontendExposesKey,
        "Frontend code, env files or bundles expose a provider key",
        RepositoryCategory,
        RuleSeverity.Error,
        RuleHost.Task);

    public static readonly RuleInfo TrackedEnvFile = new(
        DiagnosticIds.TrackedEnvFile,
        "A real .env file is tracked by git or not ignored",
        RepositoryCategory,
        RuleSeverity.Error,
        RuleHost.Task);

    public static IReadOnlyList<RuleInfo> All { get; } = new[]
    {
        HardcodedProviderSecret,
        HardcodedCredential,
        HardcodedSecretByName,
        HardcodedKeyMaterial,
        InvalidBaseline,
        StaleBaselineEntry,
        SecretReachesLog,
        SecretInException,
        TypePrintsSecret,
        SecretObjectLogged,
        MissingFromEnvExample,
        MissingFromConfigurationDocs,
        NewVariableNotInReleaseNotes,
        ListingsDisagree,
        StaleVariable,
        RealSecretInEnvExample,
        EncryptionKeyPlaceholderFormat,
        MalformedEnvExample,
        SecretInRepositoryFile,
        CiPlaintextValue,
        ContainerNotNonRoot,
        FrontendExposesKey,
        TrackedEnvFile,
    };

    public static string HelpLinkFor(string id) => HelpLinkBase + id + ".md";
}
