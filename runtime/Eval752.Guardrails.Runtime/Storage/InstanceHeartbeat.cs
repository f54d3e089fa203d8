using Eval752.Guardrails.Runtime.Keys;
using Npgsql;

namespace Eval752.Guardrails.Runtime.Storage;

/// <summary>
/// Records that an instance is alive, which keys it can decrypt with and which key it encrypts with:
/// what promotion and retirement consult before they act.
/// </summary>
public static class InstanceHeartbeat
{
    public static async Task BeatAsync(NpgsqlDataSource dataSource, string instanceId, string service, KeyRing ring, KeyId? activeKeyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(ring);
        await using var command = dataSource.CreateCommand(
            $"""
            INSERT INTO {VaultSchema.Instances} (instance_id, service, decrypt_key_ids, active_key_id, last_seen)
            VALUES ($1, $2, $3, $4, now())
            ON CONFLICT (instance_id) DO UPDATE
            SET service = EXCLUDED.service, decrypt_key_ids = EXCLUDED.decrypt_key_ids,
                active_key_id = EXCLUDED.active_key_id, last_seen = EXCLUDED.last_seen
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = instanceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = service });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. ring.KeyIds.Select(id => id.ToDatabase())] });
        command.Parameters.Add(new NpgsqlParameter { Value = activeKeyId is { } id ? id.ToDatabase() : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Removes the instance on a clean shutdown, so it stops counting as live at once.</summary>
    public static async Task LeaveAsync(NpgsqlDataSource dataSource, string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand($"DELETE FROM {VaultSchema.Instances} WHERE instance_id = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = instanceId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
