using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Eval752.Guardrails.Runtime.Envelope;
using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Rotation;
using Eval752.Guardrails.Runtime.Secrets;
using Eval752.Guardrails.Runtime.Storage;
using Eval752.Guardrails.Runtime.Vault;
using Eval752.Guardrails.Testing.Postgres;
using Npgsql;

namespace Eval752.Guardrails.Benchmarks;

/// <summary>
/// Rewrapping 2,000 rows (4 batches of 500) against a plain batched UPDATE of the same rows and the same
/// columns (ciphertext and key id, so both pay for the key-id index) in the same batches, without
/// locking, decrypting, re-encrypting, compare-and-set or auditing. Each invocation moves every row to
/// the other key, so there is always a full rotation's work.
/// </summary>
[IterationCount(25)]
[WarmupCount(3)]
[InvocationCount(1)]
public class RewrapBenchmarks
{
    public const int Rows = 2000;
    public const int Batch = 500;
    private PostgresCluster cluster = null!;
    private NpgsqlDataSource dataSource = null!;
    private KeyRing ring = null!;
    private KeyRotation rotation = null!;
    private Guid[] ids = null!;
    private byte[][] payloads = null!;

    [GlobalSetup]
    public void Setup()
    {
        cluster = PostgresBench.Start();
        dataSource = cluster.CreateDataSource();
        var first = MasterKey.Generate();
        ring = new KeyRing(MasterKey.Generate(), [first]);
        VaultMigrator.MigrateAsync(dataSource).GetAwaiter().GetResult();
        var cache = new ActiveKeyCache(dataSource, ring);
        var vault = new ProviderVault(dataSource, ring, cache);
        ids = new Guid[Rows];
        payloads = new byte[Rows][];
        for (var i = 0; i < Rows; i++)
        {
            using var secret = ProviderSecret.FromString(Convert.ToBase64String(RandomNumberGenerator.GetBytes(75)));
            ids[i] = vault.CreateAsync($"provider-{i}", "openai", secret, "bench").GetAwaiter().GetResult().Id;
            payloads[i] = EnvelopeV1.Seal(first, secret.Utf8, new SecretContext(ids[i], SecretContext.ApiKeyField, 1));
        }

        rotation = new KeyRotation(dataSource, ring, cache, TimeSpan.FromMinutes(1));
    }

    [IterationSetup(Target = nameof(Rewrap))]
    public void FlipActiveKey()
    {
        var active = new ActiveKeyCache(dataSource, ring).RefreshAsync().GetAwaiter().GetResult();
        var other = ring.KeyIds.First(id => id != active);
        rotation.PromoteAsync(other, "bench").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        dataSource.Dispose();
        ring.Dispose();
        cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> PlainBatchedUpdate()
    {
        var written = 0;
        for (var offset = 0; offset < Rows; offset += Batch)
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var update = new NpgsqlCommand(
                "UPDATE eval752_vault.providers p SET ciphertext = u.ciphertext, key_id = p.key_id # 1 FROM unnest($1::uuid[], $2::bytea[]) AS u(id, ciphertext) WHERE p.id = u.id",
                connection,
                transaction);
            update.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids[offset..(offset + Batch)] });
            update.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = payloads[offset..(offset + Batch)] });
            written += await update.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        return written;
    }

    [Benchmark]
    public async Task<long> Rewrap() => (await rotation.RewrapAsync(new RewrapOptions { BatchSize = Batch })).Rewrapped;
}
