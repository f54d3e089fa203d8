namespace Eval752.Guardrails.Runtime.Vault;

public enum DeleteOutcome
{
    Deleted,
    NotFound,
    VersionConflict,
}
