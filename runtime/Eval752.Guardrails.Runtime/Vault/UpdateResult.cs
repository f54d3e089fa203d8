namespace Eval752.Guardrails.Runtime.Vault;

/// <summary>
/// The outcome of a replace/update. On success, <see cref="PreviousFingerprint"/> names the key the
/// caller should now revoke upstream (playbook section 2); <see cref="CurrentVersion"/> is the version
/// the row holds (after the update, or the one that caused a conflict).
/// </summary>
public sealed record UpdateResult(UpdateOutcome Outcome, ProviderMetadata? Provider, string? PreviousFingerprint, long? CurrentVersion)
{
    public static UpdateResult NotFound { get; } = new(UpdateOutcome.NotFound, null, null, null);

    public static UpdateResult Conflict(long currentVersion) => new(UpdateOutcome.VersionConflict, null, null, currentVersion);
}
