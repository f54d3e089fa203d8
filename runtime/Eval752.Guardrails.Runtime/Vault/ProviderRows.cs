using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Storage;
using Npgsql;

namespace Eval752.Guardrails.Runtime.Vault;

/// <summary>The metadata columns of a provider row, read in one order everywhere.</summary>
internal static class ProviderRows
{
    public const string Columns = "id, name, kind, fingerprint, key_id, secret_version, created_at, updated_at";

    public static string Qualified(string alias) =>
        string.Join(", ", Columns.Split(", ").Select(c => $"{alias}.{c}"));

    public static ProviderMetadata Read(NpgsqlDataReader reader, int offset = 0) => new(
        reader.GetGuid(offset),
        reader.GetString(offset + 1),
        reader.GetString(offset + 2),
        reader.GetString(offset + 3),
        KeyId.FromDatabase(reader.GetInt32(offset + 4)),
        reader.GetInt64(offset + 5),
        reader.GetFieldValue<DateTimeOffset>(offset + 6),
        reader.GetFieldValue<DateTimeOffset>(offset + 7));

    public static string Table => VaultSchema.Providers;
}
