using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Redaction;
using Eval752.Guardrails.Runtime.Rotation;
using Eval752.Guardrails.Runtime.Storage;
using Eval752.Guardrails.Runtime.Vault;
using Eval752.Guardrails.Testing.Postgres;
using Npgsql;

namespace Eval752.Guardrails.Runtime.Tests.Support;

/// <summary>A migrated vault in its own database, as one service instance with the given keys sees it.</summary>
internal sealed class VaultTestBed : IAsyncDisposable
{
    private VaultTestBed(string connectionString, KeyRing ring, TimeSpan livenessWindow)
    {
        ConnectionString = connectionString;
        Ring = ring;
        DataSource = NpgsqlDataSource.Create(connectionString);
        ActiveKey = new ActiveKeyCache(DataSource, ring);
        Registry = new SecretRegistry();
        Vault = new ProviderVault(DataSource, ring, ActiveKey, Registry);
        Rotation = new KeyRotation(DataSource, ring, ActiveKey, livenessWindow);
    }

    public string ConnectionString { get; }

    public KeyRing Ring { get; }

    public NpgsqlDataSource DataSource { get; }

    public ActiveKeyCache ActiveKey { get; }

    public SecretRegistry Registry { get; }

    public ProviderVault Vault { get; }

    public KeyRotation Rotation { get; }

    public static async Task<VaultTestBed> CreateAsync(PostgresCluster cluster, KeyRing ring, TimeSpan? livenessWindow = null)
    {
        var bed = new VaultTestBed(await cluster.CreateDatabaseAsync(), ring, livenessWindow ?? TimeSpan.FromMinutes(1));
        await VaultMigrator.MigrateAsync(bed.DataSource);
        await bed.ActiveKey.RefreshAsync();
        return bed;
    }

    /// <summary>The same database seen by another service instance holding other keys.</summary>
    public VaultTestBed AsInstance(KeyRing ring) => new(ConnectionString, ring, TimeSpan.FromMinutes(1));

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();
}
