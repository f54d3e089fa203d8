using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Runtime.Envelope;
using Eval752.Guardrails.Runtime.Keys;
using Npgsql;

namespace Eval752.Guardrails.Runtime.Tests.Support;

/// <summary>Writes many provider rows at once (one COPY), encrypted under a given key, for rotation tests.</summary>
internal static class ProviderSeeder
{
    public static async Task<Dictionary<Guid, string>> SeedAsync(NpgsqlDataSource dataSource, MasterKey key, int count)
    {
        var values = new Dictionary<Guid, string>(count);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY eval752_vault.providers (id, name, kind, ciphertext, key_id, secret_version, fingerprint) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var id = Guid.CreateVersion7();
                var value = $"seeded-provider-key-{i}-{Guid.NewGuid():N}";
                values[id] = value;
                var bytes = System.Text.Encoding.UTF8.GetBytes(value);
                await writer.StartRowAsync();
                await writer.WriteAsync(id, NpgsqlTypes.NpgsqlDbType.Uuid);
                await writer.WriteAsync($"seeded-{i:D6}-{id:N}", NpgsqlTypes.NpgsqlDbType.Text);
                await writer.WriteAsync("openai", NpgsqlTypes.NpgsqlDbType.Text);
                await writer.WriteAsync(EnvelopeV1.Seal(key, bytes, new SecretContext(id, SecretContext.ApiKeyField, 1)), NpgsqlTypes.NpgsqlDbType.Bytea);
                await writer.WriteAsync(key.Id.ToDatabase(), NpgsqlTypes.NpgsqlDbType.Integer);
                await writer.WriteAsync(1L, NpgsqlTypes.NpgsqlDbType.Bigint);
                await writer.WriteAsync(SecretFingerprint.Of(bytes), NpgsqlTypes.NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        return values;
    }

    /// <summary>Opens every row locally with <paramref name="ring"/>; returns id → plaintext, throwing on the first row that fails.</summary>
    public static async Task<Dictionary<Guid, string>> DecryptAllAsync(NpgsqlDataSource dataSource, KeyRing ring)
    {
        var result = new Dictionary<Guid, string>();
        await using var command = dataSource.CreateCommand("SELECT id, ciphertext, secret_version, fingerprint FROM eval752_vault.providers");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetGuid(0);
            var plaintext = EnvelopeV1.Open(ring, reader.GetFieldValue<byte[]>(1), new SecretContext(id, SecretContext.ApiKeyField, reader.GetInt64(2)));
            Assert.Equal(reader.GetString(3), SecretFingerprint.Of(plaintext));
            result[id] = System.Text.Encoding.UTF8.GetString(plaintext);
        }

        return result;
    }
}
