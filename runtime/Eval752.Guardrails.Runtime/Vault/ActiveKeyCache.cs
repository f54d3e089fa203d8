using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Storage;
using Npgsql;

namespace Eval752.Guardrails.Runtime.Vault;

/// <summary>
/// This service's view of the database's active key id. Refreshed on NOTIFY and by polling
/// (<see cref="Eval752.Guardrails.Runtime.DependencyInjection.VaultInstanceService"/>), and whenever a write finds it stale; writes also check the
/// active key inside their statement, so a stale view can delay a write but never misdirect it.
/// </summary>
public sealed class ActiveKeyCache(NpgsqlDataSource dataSource, KeyRing ring)
{
    private long current = -1;

    /// <summary>The last active key id seen, or null before the first read.</summary>
    public KeyId? Current => Interlocked.Read(ref current) is var value and >= 0 ? new KeyId((uint)value) : null;

    /// <summary>
    /// Reads the active key id; on first boot of an empty vault, makes this service's newest key the
    /// active one (one row, inserted once, whoever starts first).
    /// </summary>
    public async Task<KeyId> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            WITH inserted AS (
                INSERT INTO {VaultSchema.State} (active_key_id) VALUES ($1) ON CONFLICT (singleton) DO NOTHING
                RETURNING active_key_id
            )
            SELECT active_key_id FROM inserted
            UNION ALL
            SELECT active_key_id FROM {VaultSchema.State}
            LIMIT 1
            """);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = ring.Newest.Id.ToDatabase() });
        var id = KeyId.FromDatabase((int)(await command.ExecuteScalarAsync(cancellationToken))!);
        Set(id);
        return id;
    }

    internal void Set(KeyId id) => Interlocked.Exchange(ref current, id.Value);

    /// <summary>The active key, which this service must hold to encrypt.</summary>
    internal async Task<MasterKey> GetEncryptionKeyAsync(bool refresh, CancellationToken cancellationToken)
    {
        var id = !refresh && Current is { } cached ? cached : await RefreshAsync(cancellationToken);
        return ring.TryGet(id, out var key) ? key : throw new ActiveKeyUnavailableException(id);
    }
}
