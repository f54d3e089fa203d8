using Eval752.Guardrails.Runtime.Envelope;
using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Redaction;
using Eval752.Guardrails.Runtime.Secrets;
using Eval752.Guardrails.Runtime.Storage;
using Npgsql;

namespace Eval752.Guardrails.Runtime.Vault;

/// <summary>
/// Provider secrets at rest: encrypted with envelope v1 under the database's active key, bound to
/// their row, field and version. Every write is one SQL statement that also writes its audit row
/// (fingerprints and key ids, never values) and checks, inside the statement, that the key it used
/// is still the active one.
/// </summary>
public sealed class ProviderVault(NpgsqlDataSource dataSource, KeyRing ring, ActiveKeyCache activeKey, SecretRegistry? registry = null)
{
    private const int ActiveKeyRetries = 3;
    private const string UniqueViolation = "23505";

    public async Task<ProviderMetadata> CreateAsync(string name, string kind, ProviderSecret apiKey, string actor, CancellationToken cancellationToken = default)
    {
        ProviderFields.Validate(name, kind);
        ArgumentNullException.ThrowIfNull(apiKey);
        Remember(apiKey);
        var id = Guid.CreateVersion7();
        for (var attempt = 0; ; attempt++)
        {
            var key = await activeKey.GetEncryptionKeyAsync(refresh: attempt > 0, cancellationToken);
            var ciphertext = EnvelopeV1.Seal(key, apiKey.Utf8, new SecretContext(id, SecretContext.ApiKeyField, 1));
            await using var command = dataSource.CreateCommand(
                $"""
                WITH inserted AS (
                    INSERT INTO {VaultSchema.Providers} (id, name, kind, ciphertext, key_id, secret_version, fingerprint)
                    SELECT $1, $2, $3, $4, $5, 1, $6
                    WHERE $5 = (SELECT active_key_id FROM {VaultSchema.State})
                    RETURNING {ProviderRows.Columns}
                ), audit AS (
                    INSERT INTO {VaultSchema.Audit} (action, actor, provider_id, key_id, fingerprint)
                    SELECT 'create', $7, id, key_id, fingerprint FROM inserted
                )
                SELECT {ProviderRows.Columns} FROM inserted
                """);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
            command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = ciphertext });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = key.Id.ToDatabase() });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = apiKey.Fingerprint });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor });
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    return ProviderRows.Read(reader);
                }
            }
            catch (PostgresException e) when (e.SqlState == UniqueViolation && e.ConstraintName == "providers_name_key")
            {
                throw new DuplicateProviderNameException(name);
            }

            ThrowIfOutOfRetries(attempt);
        }
    }

    public async Task<ProviderMetadata?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {ProviderRows.Columns} FROM {VaultSchema.Providers} WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ProviderRows.Read(reader) : null;
    }

    public async Task<IReadOnlyList<ProviderMetadata>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {ProviderRows.Columns} FROM {VaultSchema.Providers} ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var providers = new List<ProviderMetadata>();
        while (await reader.ReadAsync(cancellationToken))
        {
            providers.Add(ProviderRows.Read(reader));
        }

        return providers;
    }

    /// <summary>
    /// Decrypts a provider's API key (what workers call). Throws <see cref="ProviderNotFoundException"/>,
    /// or <see cref="EnvelopeException"/> when the row cannot be decrypted (never returns wrong plaintext).
    /// </summary>
    public async Task<ProviderSecret> RevealAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT ciphertext, secret_version FROM {VaultSchema.Providers} WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new ProviderNotFoundException(id);
        }

        var ciphertext = reader.GetFieldValue<byte[]>(0);
        var plaintext = EnvelopeV1.Open(ring, ciphertext, new SecretContext(id, SecretContext.ApiKeyField, reader.GetInt64(1)));
        try
        {
            var secret = ProviderSecret.FromUtf8(plaintext);
            Remember(secret);
            return secret;
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>
    /// What <c>PATCH /providers/{id}</c> calls. A new API key is encrypted for version+1 and swapped in by
    /// one statement that compares the secret version (optimistic concurrency: <paramref name="expectedVersion"/>
    /// is the If-Match value; without it, the current version is read and compared, so a racing writer
    /// is never overwritten blindly) and returns the previous fingerprint for upstream revocation.
    /// </summary>
    public async Task<UpdateResult> UpdateAsync(Guid id, ProviderUpdate update, long? expectedVersion, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        ProviderFields.Validate(update.Name, update.Kind, required: false);
        if (update.ApiKey is null)
        {
            return await UpdateMetadataAsync(id, update, expectedVersion, actor, cancellationToken);
        }

        Remember(update.ApiKey);

        for (var attempt = 0; ; attempt++)
        {
            var version = expectedVersion ?? await CurrentVersionAsync(id, cancellationToken);
            if (version is null)
            {
                return UpdateResult.NotFound;
            }

            var key = await activeKey.GetEncryptionKeyAsync(refresh: attempt > 0, cancellationToken);
            var ciphertext = EnvelopeV1.Seal(key, update.ApiKey.Utf8, new SecretContext(id, SecretContext.ApiKeyField, version.Value + 1));
            var result = await ReplaceOnceAsync(id, update, version.Value, key.Id, ciphertext, actor, cancellationToken);
            if (result is not null)
            {
                if (result.Outcome == UpdateOutcome.VersionConflict && expectedVersion is null)
                {
                    // Someone else replaced it between our read and write: re-read and go again.
                    ThrowIfOutOfRetries(attempt, conflict: true);
                    continue;
                }

                return result;
            }

            ThrowIfOutOfRetries(attempt);
        }
    }

    public async Task<DeleteOutcome> DeleteAsync(Guid id, long? expectedVersion, string actor, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            WITH current AS (
                SELECT id, secret_version FROM {VaultSchema.Providers} WHERE id = $1 FOR UPDATE
            ), deleted AS (
                DELETE FROM {VaultSchema.Providers} p USING current c
                WHERE p.id = c.id AND ($2::bigint IS NULL OR c.secret_version = $2)
                RETURNING p.id, p.key_id, p.fingerprint
            ), audit AS (
                INSERT INTO {VaultSchema.Audit} (action, actor, provider_id, key_id, previous_fingerprint)
                SELECT 'delete', $3, id, key_id, fingerprint FROM deleted
            )
            SELECT (SELECT count(*) FROM current), (SELECT count(*) FROM deleted)
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)expectedVersion ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt64(0) == 0 ? DeleteOutcome.NotFound
            : reader.GetInt64(1) == 0 ? DeleteOutcome.VersionConflict
            : DeleteOutcome.Deleted;
    }

    /// <returns>The result, or null when the active key changed under the statement (retry with a fresh key).</returns>
    private async Task<UpdateResult?> ReplaceOnceAsync(Guid id, ProviderUpdate update, long version, KeyId keyId, byte[] ciphertext, string actor, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            WITH current AS (
                SELECT id, secret_version, fingerprint, key_id FROM {VaultSchema.Providers} WHERE id = $1 FOR UPDATE
            ), updated AS (
                UPDATE {VaultSchema.Providers} p
                SET ciphertext = $2, key_id = $3, fingerprint = $4, secret_version = c.secret_version + 1,
                    name = coalesce($6, p.name), kind = coalesce($7, p.kind), updated_at = now()
                FROM current c
                WHERE p.id = c.id AND c.secret_version = $5
                  AND $3 = (SELECT active_key_id FROM {VaultSchema.State})
                RETURNING {ProviderRows.Qualified("p")}, c.fingerprint AS previous_fingerprint, c.key_id AS previous_key_id
            ), audit AS (
                INSERT INTO {VaultSchema.Audit} (action, actor, provider_id, key_id, previous_key_id, fingerprint, previous_fingerprint)
                SELECT 'replace', $8, id, key_id, previous_key_id, fingerprint, previous_fingerprint FROM updated
            )
            SELECT (SELECT secret_version FROM current), u.*
            FROM (SELECT 1) AS one LEFT JOIN updated u ON true
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = ciphertext });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = keyId.ToDatabase() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = update.ApiKey!.Fingerprint });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
        AddOptionalText(command, update.Name);
        AddOptionalText(command, update.Kind);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor });
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            if (reader.IsDBNull(0))
            {
                return UpdateResult.NotFound;
            }

            var current = reader.GetInt64(0);
            if (!reader.IsDBNull(1))
            {
                return new UpdateResult(UpdateOutcome.Updated, ProviderRows.Read(reader, 1), reader.GetString(9), current + 1);
            }

            return current != version ? UpdateResult.Conflict(current) : null;
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation && e.ConstraintName == "providers_name_key")
        {
            throw new DuplicateProviderNameException(update.Name ?? string.Empty);
        }
    }

    private async Task<UpdateResult> UpdateMetadataAsync(Guid id, ProviderUpdate update, long? expectedVersion, string actor, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            WITH current AS (
                SELECT id, secret_version FROM {VaultSchema.Providers} WHERE id = $1 FOR UPDATE
            ), updated AS (
                UPDATE {VaultSchema.Providers} p
                SET name = coalesce($3, p.name), kind = coalesce($4, p.kind), updated_at = now()
                FROM current c
                WHERE p.id = c.id AND ($2::bigint IS NULL OR c.secret_version = $2)
                RETURNING {ProviderRows.Qualified("p")}
            ), audit AS (
                INSERT INTO {VaultSchema.Audit} (action, actor, provider_id, key_id, fingerprint, detail)
                SELECT 'update', $5, id, key_id, fingerprint, 'metadata' FROM updated
            )
            SELECT (SELECT secret_version FROM current), u.*
            FROM (SELECT 1) AS one LEFT JOIN updated u ON true
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)expectedVersion ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        AddOptionalText(command, update.Name);
        AddOptionalText(command, update.Kind);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor });
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            if (reader.IsDBNull(0))
            {
                return UpdateResult.NotFound;
            }

            return reader.IsDBNull(1)
                ? UpdateResult.Conflict(reader.GetInt64(0))
                : new UpdateResult(UpdateOutcome.Updated, ProviderRows.Read(reader, 1), null, reader.GetInt64(0));
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation && e.ConstraintName == "providers_name_key")
        {
            throw new DuplicateProviderNameException(update.Name ?? string.Empty);
        }
    }

    private async Task<long?> CurrentVersionAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT secret_version FROM {VaultSchema.Providers} WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    /// <summary>A secret that passed through this process may show up in its logs: teach the redaction registry.</summary>
    private void Remember(ProviderSecret secret) => registry?.Register(secret.Reveal());

    private static void AddOptionalText(NpgsqlCommand command, string? value) =>
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });

    private static void ThrowIfOutOfRetries(int attempt, bool conflict = false)
    {
        // Unbounded retries hide a fleet problem; a few cover a promotion or a racing writer.
        if (attempt + 1 >= (conflict ? 20 : ActiveKeyRetries))
        {
            throw new InvalidOperationException(conflict
                ? "The provider kept changing under this update; retry later or pass the expected version (If-Match)."
                : "The vault's active key changed on every attempt; check that a key promotion is not looping.");
        }
    }
}
