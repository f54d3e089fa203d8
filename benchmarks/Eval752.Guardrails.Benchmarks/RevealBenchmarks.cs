using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Eval752.Guardrails.Runtime.Envelope;
using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Secrets;
using Eval752.Guardrails.Runtime.Storage;
using Eval752.Guardrails.Runtime.Vault;
using Eval752.Guardrails.Testing.Postgres;
using Npgsql;

namespace Eval752.Guardrails.Benchmarks;

/// <summary>Reveal through PostgreSQL (select + open envelope + wrapper) against a plain SELECT of the same row.</summary>
public class RevealBenchmarks
{
    private const int Rows = 1000;
    private PostgresCluster cluster = null!;
    private NpgsqlDataSource dataSource = null!;
    private KeyRing ring = null!;
    private ProviderVault vault = null!;
    private Guid[] ids = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        cluster = PostgresBench.Start();
        dataSource = cluster.CreateDataSource();
        ring = new KeyRing(MasterKey.Generate(), []);
        VaultMigrator.MigrateAsync(dataSource).GetAwaiter().GetResult();
        var cache = new ActiveKeyCache(dataSource, ring);
        vault = new ProviderVault(dataSource, ring, cache);
        ids = new Guid[Rows];
        for (var i = 0; i < Rows; i++)
        {
            using var secret = ProviderSecret.FromString(Convert.ToBase64String(RandomNumberGenerator.GetBytes(75)));
            ids[i] = vault.CreateAsync($"provider-{i}", "openai", secret, "bench").GetAwaiter().GetResult().Id;
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        dataSource.Dispose();
        ring.Dispose();
        cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public async Task<byte[]> PlainSelect()
    {
        await using var command = dataSource.CreateCommand("SELECT ciphertext, secret_version FROM eval752_vault.providers WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = ids[next++ % Rows] });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetFieldValue<byte[]>(0);
    }

    [Benchmark]
    public async Task<int> Reveal()
    {
        using var secret = await vault.RevealAsync(ids[next++ % Rows]);
        return secret.Length;
    }
}
