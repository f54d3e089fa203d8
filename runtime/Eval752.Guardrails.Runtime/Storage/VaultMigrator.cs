using Npgsql;

namespace Eval752.Guardrails.Runtime.Storage;

/// <summary>
/// Applies pending migrations in one transaction under a transaction-scoped advisory lock, so several
/// services starting at once apply each migration exactly once. Running it again changes nothing.
/// </summary>
public static class VaultMigrator
{
    public static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var setup = new NpgsqlCommand(
            $"""
            SELECT pg_advisory_xact_lock({VaultSchema.MigrationLock});
            CREATE SCHEMA IF NOT EXISTS {VaultSchema.Name};
            CREATE TABLE IF NOT EXISTS {VaultSchema.Migrations} (
                version integer PRIMARY KEY,
                name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """,
            connection,
            transaction))
        {
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        int current;
        await using (var query = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {VaultSchema.Migrations}", connection, transaction))
        {
            current = (int)(await query.ExecuteScalarAsync(cancellationToken))!;
        }

        var applied = 0;
        foreach (var migration in Migrations.All.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await using var apply = new NpgsqlCommand(migration.Sql, connection, transaction);
            await apply.ExecuteNonQueryAsync(cancellationToken);
            await using var record = new NpgsqlCommand($"INSERT INTO {VaultSchema.Migrations} (version, name) VALUES ($1, $2)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = migration.Version });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Name });
            await record.ExecuteNonQueryAsync(cancellationToken);
            applied++;
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }
}
