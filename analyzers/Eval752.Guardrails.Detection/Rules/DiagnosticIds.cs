namespace Eval752.Guardrails.Detection.Rules;

/// <summary>
/// Every rule id of the product, named after the behaviour it flags. Ranges: EG00xx hardcoded
/// secrets, EG01xx secrets reaching output, EG02xx configuration variables, EG03xx repository files.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>A guardrails task could not run (unreadable input, bad setting); not a finding.</summary>
    public const string TaskFailure = "EG0000";

    public const string HardcodedProviderSecret = "EG0001";
    public const string HardcodedCredential = "EG0002";
    public const string HardcodedSecretByName = "EG0003";
    public const string HardcodedKeyMaterial = "EG0004";
    public const string InvalidBaseline = "EG0090";
    public const string SecretReachesLog = "EG0101";
    public const string SecretInException = "EG0102";
    public const string TypePrintsSecret = "EG0103";
    public const string SecretObjectLogged = "EG0104";
    public const string StaleBaselineEntry = "EG0091";
    public const string MissingFromEnvExample = "EG0201";
    public const string MissingFromConfigurationDocs = "EG0202";
    public const string NewVariableNotInReleaseNotes = "EG0203";
    public const string ListingsDisagree = "EG0204";
    public const string StaleVariable = "EG0205";
    public const string RealSecretInEnvExample = "EG0206";
    public const string EncryptionKeyPlaceholderFormat = "EG0207";
    public const string MalformedEnvExample = "EG0208";
    public const string SecretInRepositoryFile = "EG0301";
    public const string CiPlaintextValue = "EG0302";
    public const string ContainerNotNonRoot = "EG0303";
    public const string FrontendExposesKey = "EG0304";
    public const string TrackedEnvFile = "EG0305";
}
