namespace Eval752.Guardrails.Runtime.Keys;

/// <summary>The environment variables the vault reads (documented in docs/configuration.md).</summary>
public static class VaultVariables
{
    public const string EncryptionKey = "ENCRYPTION_KEY";
    public const string PreviousEncryptionKeys = "ENCRYPTION_KEYS_PREVIOUS";
    public const string ConnectionStringName = "Vault";
    public const string ConnectionString = "ConnectionStrings__Vault";
}
