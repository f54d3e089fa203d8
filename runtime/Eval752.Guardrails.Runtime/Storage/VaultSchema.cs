namespace Eval752.Guardrails.Runtime.Storage;

/// <summary>Names of the vault's own schema and tables: the vault never touches anything else.</summary>
internal static class VaultSchema
{
    public const string Name = "eval752_vault";
    public const string Providers = Name + ".providers";
    public const string Audit = Name + ".audit";
    public const string Instances = Name + ".instances";
    public const string State = Name + ".state";
    public const string RetiredKeys = Name + ".retired_keys";
    public const string Migrations = Name + ".schema_migrations";

    /// <summary>NOTIFY channel announcing a new active key id.</summary>
    public const string ActiveKeyChannel = "eval752_vault_active_key";

    /// <summary>Advisory lock keys (transaction-scoped, so they are safe behind PgBouncer in transaction mode).</summary>
    public const long MigrationLock = 0x45_37_35_32_4D_49_47; // "E752MIG"
    public const long RotationLock = 0x45_37_35_32_52_4F_54; // "E752ROT"
}
