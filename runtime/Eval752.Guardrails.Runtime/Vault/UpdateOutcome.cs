namespace Eval752.Guardrails.Runtime.Vault;

public enum UpdateOutcome
{
    Updated,
    NotFound,

    /// <summary>The expected secret version (If-Match) is not the current one: HTTP 412.</summary>
    VersionConflict,
}
