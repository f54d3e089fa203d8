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
    public static readonly DiagnosticDescriptor HardcodedProviderSecret = new(
        DiagnosticIds.HardcodedProviderSecret,
        "Hardcoded provider secret",
        "Hardcoded {0} secret ({1} confidence, {2} characters, fingerprint {3}); read it from configuration or a secret store, and revoke it at the provider",
        RuleCatalog.SecretsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A provider API key, token or private key of a known shape, validated structurally, is written in source: every clone, build "
            + "artifact and log of the repository now holds it (playbook sections 2 and 5). Provider-shaped keys are errors in test code too: "
            + "recorded fixtures leak live keys.",
        RuleCatalog.HelpLinkFor(DiagnosticIds.HardcodedProviderSecret));

    public static readonly DiagnosticDescriptor HardcodedCredential = new(
        DiagnosticIds.HardcodedCredential,
        "Hardcoded credential in a connection string, URL or Authorization header",
        "Hardcoded credential ({0}, {1} characters, fingerprint {2}); {3}",
        RuleCatalog.SecretsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A database, broker or HTTP credential is written in source. Every environment must have its own credentials, "
            + "retrieved from a secret store (playbook sections 5 and 7).",
        RuleCatalog.HelpLinkFor(DiagnosticIds.HardcodedCredential));

    public static readonly DiagnosticDescriptor HardcodedSecretByName = new(
        DiagnosticIds.HardcodedSecretByName,
        "Hardcoded value stored under a secret name",
        "Hardcoded value for '{0}' looks like a secret ({1} characters, fingerprint {2}); read it from configuration or a secret store",
        RuleCatalog.SecretsCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "A literal that is not a placeholder and looks random is stored under a name that says password, secret, token, API key, "
            + "client secret or credential (playbook sections 3 and 5). In test projects the finding is a suggestion.",
        RuleCatalog.HelpLinkFor(DiagnosticIds.HardcodedSecretByName));

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

    public static readonly DiagnosticDescriptor SecretReachesLog = new(
        DiagnosticIds.SecretReachesLog,
        "A secret value reaches a log sink unredacted",
        "The {0} reaches {1} unredacted; log a fingerprint (Redact.Secret) or the length instead, never the value",
        RuleCatalog.SecretsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "A value that holds a secret (a provider key, password, token, connection string or encryption key, by its source: configuration, "
            + "environment, a secret-named or [Secret] member, a method that returns one) flows into a logger, the console, Debug/Trace or an "
            + "Activity tag. Logs are copied to places secrets must never go (playbook section 6).",
        RuleCatalog.HelpLinkFor(DiagnosticIds.SecretReachesLog));

    public static readonly DiagnosticDescriptor SecretInException = new(
        DiagnosticIds.SecretInException,
        "A secret value is put into an exception message or its Data",
        "The {0} is put into {1}; name the setting or show a fingerprint instead, never the value",
        RuleCatalog.SecretsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Exception messages and Exception.Data end up in logs, error responses and crash reports. Say which variable is wrong and how to "
            + "fix it, not what it holds (playbook section 6).",
        RuleCatalog.HelpLinkFor(DiagnosticIds.SecretInException));

    public static readonly DiagnosticDescriptor TypePrintsSecret = new(
        DiagnosticIds.TypePrintsSecret,
        "A type prints or serializes a secret member",
        "{0} holds a secret and {1}; {2}",
        RuleCatalog.SecretsCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Whatever prints an object (string interpolation, a logger's structured argument, the debugger, an exception message) or "
            + "serializes it (an API response, a cache, a message) shows its secret member: a record's synthesized ToString lists every public "
            + "property, and serializers write every public property that is not ignored (playbook section 6).",
        RuleCatalog.HelpLinkFor(DiagnosticIds.TypePrintsSecret));

    public static readonly DiagnosticDescriptor SecretObjectLogged = new(
        DiagnosticIds.SecretObjectLogged,
        "An object with a secret member is logged whole",
        "An object of type {0} is logged whole by {1}, which prints its {2}; log the members you need, or give the type a redacting PrintMembers/ToString",
        RuleCatalog.SecretsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Logging an object renders it: Serilog's {@X} and [LogProperties] write every public property, and Microsoft.Extensions.Logging, Console and "
            + "string interpolation call ToString, which for a record lists every property. An object with a secret member then puts the secret in the log "
            + "(playbook section 6).",
        RuleCatalog.HelpLinkFor(DiagnosticIds.SecretObjectLogged));

    public static readonly DiagnosticDescriptor MissingFromEnvExample = new(
        DiagnosticIds.MissingFromEnvExample,
        "A configuration variable the code reads is not in .env.example",
        "{0}",
        RuleCatalog.ConfigurationCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Every variable the code reads is listed in .env.example with a placeholder, so whoever sets up an environment sees it "
            + "(playbook section 3). Keys are compared in their environment-variable form: Smtp:Host is SMTP__HOST, case-insensitively.",
        RuleCatalog.HelpLinkFor(DiagnosticIds.MissingFromEnvExample));

    public static readonly DiagnosticDescriptor MissingFromConfigurationDocs = new(
        DiagnosticIds.MissingFromConfigurationDocs,
        "A configuration variable the code reads is not in the Configuration docs",
        "{0}",
        RuleCatalog.ConfigurationCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "Every variable the code reads is documented in the Configuration docs: a table row whose first cell is its name "
            + "(playbook section 3). Keys are compared in their environment-variable form, case-insensitively.",
        RuleCatalog.HelpLinkFor(DiagnosticIds.MissingFromConfigurationDocs));

    /// <summary>EG0201 once per project that reads configuration and has no .env.example: known only when the whole compilation is read.</summary>
    public static readonly DiagnosticDescriptor EnvExampleNotFound = new(
        DiagnosticIds.MissingFromEnvExample,
        "A configuration variable the code reads is not in .env.example",
        "{0}",
        RuleCatalog.ConfigurationCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "The project reads configuration variables but no .env.example lists them (playbook section 3).",
        RuleCatalog.HelpLinkFor(DiagnosticIds.MissingFromEnvExample),
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>EG0202 once per project that reads configuration and has no Configuration docs.</summary>
    public static readonly DiagnosticDescriptor ConfigurationDocsNotFound = new(
        DiagnosticIds.MissingFromConfigurationDocs,
        "A configuration variable the code reads is not in the Configuration docs",
        "{0}",
        RuleCatalog.ConfigurationCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        "The project reads configuration variables but has no Configuration docs listing them (playbook section 3).",
        RuleCatalog.HelpLinkFor(DiagnosticIds.MissingFromConfigurationDocs),
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidBaseline = new(
        DiagnosticIds.InvalidBaseline,
        "The guardrails baseline is malformed or an entry has no justification",
        "{0}",
        RuleCatalog.SecretsCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        "Accepted findings live in .guardrails-baseline.json, keyed by rule, fingerprint and repository-relative path, each with a justification. "
            + "A file that cannot be read accepts nothing; an entry without a justification is not an acceptance.",
        RuleCatalog.HelpLinkFor(DiagnosticIds.InvalidBaseline),
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor StaleBaselineEntry = new(
        DiagnosticIds.StaleBaselineEntry,
        "A baseline entry matches no finding",
        "The baseline entry for {0} in {1} (fingerprint {2}) matches no finding: the value was removed or changed; delete the entry",
        RuleCatalog.SecretsCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        "An entry of .guardrails-baseline.json whose file is part of this project accepted nothing in this build. Stale entries "
            + "hide nothing today but would silently accept the same value if it came back; remove them (`eval752-guard scan --update-baseline` "
            + "reports them for every file of the repository).",
        RuleCatalog.HelpLinkFor(DiagnosticIds.StaleBaselineEntry),
        WellKnownDiagnosticTags.CompilationEnd);
}
