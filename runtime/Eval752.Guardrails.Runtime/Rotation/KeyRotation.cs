using System.Diagnostics;
using Eval752.Guardrails.Runtime.Envelope;
using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Storage;
using Eval752.Guardrails.Runtime.Vault;
using Npgsql;

namespace Eval752.Guardrails.Runtime.Rotation;

/// <summary>
/// Online master-key rotation (docs/vault.md has the runbook): distribute the new key as decrypt-only,
/// <see cref="PromoteAsync"/> it, <see cref="RewrapAsync"/> every row, <see cref="RetireAsync"/> the old
/// key. Promote and retire take the rotation advisory lock exclusively; each rewrap batch takes it
/// shared, so the active key cannot change while a batch re-encrypts. All locks are transaction-scoped.
/// </summary>
public sealed class KeyRotation(NpgsqlDataSource dataSource, KeyRing ring, ActiveKeyCache activeKey, TimeSpan livenessWindow)
{
    public async Task<VaultStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        KeyId? active = null;
        await using (var command = new NpgsqlCommand($"SELECT active_key_id FROM {VaultSchema.State}", connection))
        {
            if (await command.ExecuteScalarAsync(cancellationToken) is int value)
            {
                active = KeyId.FromDatabase(value);
            }
        }

        var rows = new Dictionary<KeyId, long>();
        await using (var command = new NpgsqlCommand($"SELECT key_id, count(*) FROM {VaultSchema.Providers} GROUP BY key_id", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[KeyId.FromDatabase(reader.GetInt32(0))] = reader.GetInt64(1);
            }
        }

        var instances = new List<InstanceStatus>();
        await using (var command = new NpgsqlCommand(
            $"SELECT instance_id, service, decrypt_key_ids, active_key_id, last_seen, last_seen > now() - $1 FROM {VaultSchema.Instances} ORDER BY service, instance_id",
            connection))
        {
            command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = livenessWindow });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                instances.Add(new InstanceStatus(
                    reader.GetString(0),
                    reader.GetString(1),
                    [.. reader.GetFieldValue<int[]>(2).Select(KeyId.FromDatabase)],
                    reader.IsDBNull(3) ? null : KeyId.FromDatabase(reader.GetInt32(3)),
                    reader.GetFieldValue<DateTimeOffset>(4),
                    reader.GetBoolean(5)));
            }
        }

        var retired = new List<KeyId>();
        await using (var command = new NpgsqlCommand($"SELECT key_id FROM {VaultSchema.RetiredKeys} ORDER BY retired_at", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                retired.Add(KeyId.FromDatabase(reader.GetInt32(0)));
            }
        }

        return new VaultStatus(active, rows, instances, retired);
    }

    /// <summary>
    /// Makes <paramref name="keyId"/> the key every service encrypts with: one database update, refused
    /// while this process or any live instance cannot decrypt with it. Services learn of it through
    /// NOTIFY (and polling) without a restart.
    /// </summary>
    public async Task<PromoteResult> PromoteAsync(KeyId keyId, string actor, CancellationToken cancellationToken = default)
    {
        if (!ring.Contains(keyId))
        {
            return new PromoteResult(false, null, keyId, $"This process does not hold key {keyId}; run it with that key in {VaultVariables.EncryptionKey} or {VaultVariables.PreviousEncryptionKeys}.", []);
        }

        await activeKey.RefreshAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, shared: false, cancellationToken);

        var lacking = new List<string>();
        await using (var command = new NpgsqlCommand(
            $"SELECT instance_id, service FROM {VaultSchema.Instances} WHERE last_seen > now() - $1 AND NOT ($2 = ANY(decrypt_key_ids)) ORDER BY instance_id",
            connection,
            transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = livenessWindow });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = keyId.ToDatabase() });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                lacking.Add($"{reader.GetString(0)} ({reader.GetString(1)})");
            }
        }

        if (lacking.Count > 0)
        {
            return new PromoteResult(false, null, keyId, $"{lacking.Count} live instance(s) cannot decrypt with key {keyId} yet; deploy it to them in {VaultVariables.PreviousEncryptionKeys} (or {VaultVariables.EncryptionKey}) first.", lacking);
        }

        await using var promote = new NpgsqlCommand(
            $"""
            WITH previous AS (
                SELECT active_key_id FROM {VaultSchema.State} FOR UPDATE
            ), updated AS (
                UPDATE {VaultSchema.State} SET active_key_id = $1, updated_at = now()
                WHERE active_key_id <> $1
                RETURNING active_key_id
            ), audit AS (
                INSERT INTO {VaultSchema.Audit} (action, actor, key_id, previous_key_id)
                SELECT 'promote', $2, $1, p.active_key_id FROM previous p, updated
            )
            SELECT (SELECT active_key_id FROM previous), (SELECT count(*) FROM updated)
            """,
            connection,
            transaction);
        promote.Parameters.Add(new NpgsqlParameter<int> { TypedValue = keyId.ToDatabase() });
        promote.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor });
        KeyId previousKey;
        long changed;
        await using (var reader = await promote.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            previousKey = KeyId.FromDatabase(reader.GetInt32(0));
            changed = reader.GetInt64(1);
        }

        if (changed > 0)
        {
            await using var notify = new NpgsqlCommand($"SELECT pg_notify('{VaultSchema.ActiveKeyChannel}', $1)", connection, transaction);
            notify.Parameters.Add(new NpgsqlParameter<string> { TypedValue = keyId.ToString() });
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        activeKey.Set(keyId);
        return new PromoteResult(true, previousKey, keyId, changed > 0 ? null : $"Key {keyId} was already active.", []);
    }

    /// <summary>
    /// Re-encrypts every row not on the active key, in batches (<c>FOR UPDATE SKIP LOCKED</c>, so live
    /// writers are never blocked for long), each committed on its own: safe to kill at any moment and
    /// to run again, because the work list is "rows still on another key". A concurrent replace always
    /// wins: rows are locked while they are rewrapped and compared on key id and secret version.
    /// </summary>
    public async Task<RewrapReport> RewrapAsync(RewrapOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new RewrapOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Parallelism, 1);
        var stopwatch = Stopwatch.StartNew();
        var active = await activeKey.RefreshAsync(cancellationToken);
        if (!ring.TryGet(active, out _))
        {
            throw new ActiveKeyUnavailableException(active);
        }

        var (total, alreadyCurrent) = await CountAsync(active, cancellationToken);
        var gate = new object();
        // Sets: a row found undecryptable by one worker may be picked again by another before it is excluded.
        var undecryptable = new HashSet<Guid>();
        var passedOver = new HashSet<Guid>();
        long rewrapped = 0;
        var batches = 0;

        // Workers partition the work through SKIP LOCKED: while one re-encrypts, another talks to the database.
        async Task WorkAsync()
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Guid[] excluded;
                lock (gate)
                {
                    excluded = [.. undecryptable, .. passedOver];
                }

                var batch = await RewrapBatchAsync(options, excluded, cancellationToken);
                if (batch.Seen == 0)
                {
                    return;
                }

                lock (gate)
                {
                    undecryptable.UnionWith(batch.Undecryptable);
                    passedOver.UnionWith(batch.PassedOver);
                    rewrapped += batch.Rewrapped;
                    batches++;
                    options.Progress?.Report(new RewrapProgress(total, alreadyCurrent, rewrapped, undecryptable.Count, batches));
                }

                // A short batch means the work list is exhausted (rows others hold locked are counted as skipped below).
                if (batch.Seen < options.BatchSize)
                {
                    return;
                }

                if (options.DelayBetweenBatches > TimeSpan.Zero)
                {
                    await Task.Delay(options.DelayBetweenBatches, cancellationToken);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Parallelism).Select(_ => Task.Run(WorkAsync, cancellationToken)));

        var finalActive = activeKey.Current ?? active;
        var skipped = await CountRemainingAsync(finalActive, undecryptable, cancellationToken);
        return new RewrapReport(finalActive, total, alreadyCurrent, rewrapped, skipped, [.. undecryptable.Order()], stopwatch.Elapsed);
    }

    /// <summary>
    /// Records that <paramref name="keyId"/> is no longer in use. Refused while it is active, while any row
    /// is encrypted under it, or while a live instance still encrypts with it. Afterwards operators remove
    /// it from ENCRYPTION_KEYS_PREVIOUS everywhere.
    /// </summary>
    public async Task<RetireResult> RetireAsync(KeyId keyId, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, shared: false, cancellationToken);

        await using var census = new NpgsqlCommand(
            $"""
            SELECT (SELECT active_key_id FROM {VaultSchema.State}),
                   (SELECT count(*) FROM {VaultSchema.Providers} WHERE key_id = $1),
                   (SELECT coalesce(array_agg(instance_id || ' (' || service || ')' ORDER BY instance_id), ARRAY[]::text[])
                      FROM {VaultSchema.Instances} WHERE last_seen > now() - $2 AND active_key_id = $1)
            """,
            connection,
            transaction);
        census.Parameters.Add(new NpgsqlParameter<int> { TypedValue = keyId.ToDatabase() });
        census.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = livenessWindow });
        int? active;
        long rows;
        string[] users;
        await using (var reader = await census.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            active = reader.IsDBNull(0) ? null : reader.GetInt32(0);
            rows = reader.GetInt64(1);
            users = reader.GetFieldValue<string[]>(2);
        }

        if (active == keyId.ToDatabase())
        {
            return new RetireResult(false, keyId, $"Key {keyId} is the active key; promote another key and rewrap first.", rows, users);
        }

        if (rows > 0 || users.Length > 0)
        {
            return new RetireResult(false, keyId, $"Key {keyId} is still in use: {rows} row(s) encrypted under it, {users.Length} live instance(s) encrypting with it; run rewrap and let instances pick up the promotion.", rows, users);
        }

        await using var retire = new NpgsqlCommand(
            $"""
            WITH retired AS (
                INSERT INTO {VaultSchema.RetiredKeys} (key_id) VALUES ($1) ON CONFLICT (key_id) DO NOTHING
            )
            INSERT INTO {VaultSchema.Audit} (action, actor, key_id) VALUES ('retire', $2, $1)
            """,
            connection,
            transaction);
        retire.Parameters.Add(new NpgsqlParameter<int> { TypedValue = keyId.ToDatabase() });
        retire.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor });
        await retire.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RetireResult(true, keyId, null, 0, []);
    }

    /// <summary>One batch in its own transaction: lock up to BatchSize rows not on the active key, re-encrypt, compare-and-set.</summary>
    private async Task<BatchResult> RewrapBatchAsync(RewrapOptions options, Guid[] excluded, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, shared: true, cancellationToken);

        // Re-read under the lock: a promotion between batches moves the target.
        KeyId active;
        await using (var state = new NpgsqlCommand($"SELECT active_key_id FROM {VaultSchema.State}", connection, transaction))
        {
            active = KeyId.FromDatabase((int)(await state.ExecuteScalarAsync(cancellationToken))!);
        }

        activeKey.Set(active);
        if (!ring.TryGet(active, out var key))
        {
            throw new ActiveKeyUnavailableException(active);
        }

        var rows = new List<(Guid Id, byte[] Ciphertext, int KeyId, long Version)>(options.BatchSize);
        await using (var select = new NpgsqlCommand(
            $"""
            SELECT id, ciphertext, key_id, secret_version FROM {VaultSchema.Providers}
            WHERE key_id <> $1 AND NOT (id = ANY($2))
            ORDER BY id LIMIT $3
            FOR UPDATE SKIP LOCKED
            """,
            connection,
            transaction))
        {
            select.Parameters.Add(new NpgsqlParameter<int> { TypedValue = active.ToDatabase() });
            select.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = excluded });
            select.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.BatchSize });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetGuid(0), reader.GetFieldValue<byte[]>(1), reader.GetInt32(2), reader.GetInt64(3)));
            }
        }

        var seen = rows.Count;

        // The crypto is CPU-bound and independent per row: use every core while the row locks are held.
        var rewrapped = new byte[]?[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => rewrapped[i] = Reencrypt(key, rows[i].Id, rows[i].Ciphertext, rows[i].Version));
        var undecryptable = new List<Guid>();
        var ids = new List<Guid>(rows.Count);
        var ciphertexts = new List<byte[]>(rows.Count);
        var oldKeys = new List<int>(rows.Count);
        var versions = new List<long>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rewrapped[i] is not { } ciphertext)
            {
                undecryptable.Add(rows[i].Id);
                continue;
            }

            ids.Add(rows[i].Id);
            ciphertexts.Add(ciphertext);
            oldKeys.Add(rows[i].KeyId);
            versions.Add(rows[i].Version);
        }

        if (seen == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return new BatchResult(0, 0, [], []);
        }

        var updated = new HashSet<Guid>();
        if (ids.Count > 0)
        {
            await using var update = new NpgsqlCommand(
                $"""
                WITH updated AS (
                    UPDATE {VaultSchema.Providers} p
                    SET ciphertext = u.ciphertext, key_id = $5
                    FROM unnest($1::uuid[], $2::bytea[], $3::integer[], $4::bigint[]) AS u(id, ciphertext, old_key_id, secret_version)
                    WHERE p.id = u.id AND p.key_id = u.old_key_id AND p.secret_version = u.secret_version
                    RETURNING p.id, u.old_key_id
                ), audit AS (
                    INSERT INTO {VaultSchema.Audit} (action, actor, key_id, previous_key_id, provider_ids, detail)
                    SELECT 'rewrap', $6, $5, old_key_id, array_agg(id ORDER BY id), count(*) || ' provider(s) rewrapped'
                    FROM updated GROUP BY old_key_id
                )
                SELECT id FROM updated
                """,
                connection,
                transaction);
            update.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. ids] });
            update.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = [.. ciphertexts] });
            update.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. oldKeys] });
            update.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. versions] });
            update.Parameters.Add(new NpgsqlParameter<int> { TypedValue = active.ToDatabase() });
            update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = options.Actor });
            await using var reader = await update.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                updated.Add(reader.GetGuid(0));
            }
        }

        await transaction.CommitAsync(cancellationToken);

        // A row that failed the compare-and-set was changed by someone else; never pick it again in this run.
        return new BatchResult(seen, updated.Count, undecryptable, [.. ids.Where(id => !updated.Contains(id))]);
    }

    /// <summary>Opens a row with the ring and seals it under <paramref name="key"/>, same context; null when no held key opens it.</summary>
    private byte[]? Reencrypt(MasterKey key, Guid id, byte[] ciphertext, long version)
    {
        var context = new SecretContext(id, SecretContext.ApiKeyField, version);
        byte[] plaintext;
        try
        {
            plaintext = EnvelopeV1.Open(ring, ciphertext, context);
        }
        catch (EnvelopeException)
        {
            return null;
        }

        try
        {
            return EnvelopeV1.Seal(key, plaintext, context);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private async Task<(long Total, long AlreadyCurrent)> CountAsync(KeyId active, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*), count(*) FILTER (WHERE key_id = $1) FROM {VaultSchema.Providers}");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = active.ToDatabase() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task<long> CountRemainingAsync(KeyId active, HashSet<Guid> undecryptable, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {VaultSchema.Providers} WHERE key_id <> $1 AND NOT (id = ANY($2))");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = active.ToDatabase() });
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. undecryptable] });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private sealed record BatchResult(int Seen, int Rewrapped, IReadOnlyList<Guid> Undecryptable, IReadOnlyList<Guid> PassedOver);

    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, bool shared, CancellationToken cancellationToken)
    {
        var function = shared ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock";
        await using var command = new NpgsqlCommand($"SELECT {function}({VaultSchema.RotationLock})", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
