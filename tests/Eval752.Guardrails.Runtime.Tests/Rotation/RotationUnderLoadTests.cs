using System.Collections.Concurrent;
using Eval752.Guardrails.Runtime.Rotation;
using Eval752.Guardrails.Runtime.Secrets;
using Eval752.Guardrails.Runtime.Tests.Support;
using Eval752.Guardrails.Runtime.Vault;
using Eval752.Guardrails.Testing.Postgres;

namespace Eval752.Guardrails.Runtime.Tests.Rotation;

/// <summary>Rotation while the platform keeps working: readers and writers race the rewrap.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class RotationUnderLoadTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ReadersDuringAFullRotationOfTenThousandRows_SeeZeroErrors()
    {
        var oldKey = TestKeys.NewHex();
        await using var before = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(oldKey));
        var seeded = await ProviderSeeder.SeedAsync(before.DataSource, before.Ring.Newest, 10_000);
        var ids = seeded.Keys.ToArray();
        await using var rotated = before.AsInstance(TestKeys.Ring(TestKeys.NewHex(), oldKey));

        using var stop = new CancellationTokenSource();
        var errors = new ConcurrentQueue<string>();
        long reads = 0;
        var readers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            while (!stop.IsCancellationRequested)
            {
                var id = ids[random.Next(ids.Length)];
                try
                {
                    using var secret = await rotated.Vault.RevealAsync(id);
                    if (secret.Reveal() != seeded[id])
                    {
                        errors.Enqueue($"{id}: wrong plaintext");
                    }

                    Interlocked.Increment(ref reads);
                }
                catch (Exception e)
                {
                    errors.Enqueue($"{id}: {e.GetType().Name}");
                }
            }
        })).ToArray();

        await rotated.Rotation.PromoteAsync(rotated.Ring.Newest.Id, "ops");
        var report = await rotated.Rotation.RewrapAsync(new RewrapOptions { BatchSize = 500 });
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(errors);
        Assert.True(Interlocked.Read(ref reads) > 100, $"only {reads} reads ran during the rotation");
        Assert.Equal((10_000L, 10_000L, 0L), (report.Total, report.Rewrapped, report.Skipped));
        Assert.Equal(10_000L, await before.ScalarAsync<long>($"SELECT count(*) FROM eval752_vault.providers WHERE key_id = {rotated.Ring.Newest.Id.ToDatabase()}"));
    }

    [Fact]
    public async Task HundredsOfReplacesRacingRewrapAndEachOther_LoseNoUpdate()
    {
        var oldKey = TestKeys.NewHex();
        await using var before = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(oldKey));
        var seeded = await ProviderSeeder.SeedAsync(before.DataSource, before.Ring.Newest, 300);
        var ids = seeded.Keys.Take(40).ToArray();
        await using var rotated = before.AsInstance(TestKeys.Ring(TestKeys.NewHex(), oldKey));
        await rotated.Rotation.PromoteAsync(rotated.Ring.Newest.Id, "ops");

        // Each successful replace records (row, version it produced, value); conflicts are counted.
        var winners = new ConcurrentBag<(Guid Id, long Version, string Value)>();
        long conflicts = 0;
        var writers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var random = new Random(100 + worker);
            for (var i = 0; i < 60; i++)
            {
                var id = ids[random.Next(ids.Length)];
                var value = $"replacement-{worker}-{i}-{Guid.NewGuid():N}";
                using var secret = ProviderSecret.FromString(value);
                long? ifMatch = random.Next(2) == 0 ? (await rotated.Vault.GetAsync(id))!.SecretVersion : null;
                var result = await rotated.Vault.UpdateAsync(id, new ProviderUpdate(secret), ifMatch, $"writer-{worker}");
                switch (result.Outcome)
                {
                    case UpdateOutcome.Updated:
                        winners.Add((id, result.Provider!.SecretVersion, value));
                        break;
                    case UpdateOutcome.VersionConflict:
                        Interlocked.Increment(ref conflicts);
                        break;
                    default:
                        throw new InvalidOperationException($"unexpected outcome {result.Outcome}");
                }
            }
        })).ToArray();
        var rewrap = Task.Run(() => rotated.Rotation.RewrapAsync(new RewrapOptions { BatchSize = 7 }));

        await Task.WhenAll(writers);
        var report = await rewrap;
        var final = await ProviderSeeder.DecryptAllAsync(before.DataSource, rotated.Ring);

        Assert.Equal(480, winners.Count + Interlocked.Read(ref conflicts));
        foreach (var group in winners.GroupBy(w => w.Id))
        {
            var versions = group.Select(w => w.Version).Order().ToArray();
            Assert.Equal(Enumerable.Range(2, versions.Length).Select(v => (long)v), versions);
            var current = await rotated.Vault.GetAsync(group.Key);
            Assert.Equal(versions[^1], current!.SecretVersion);
            Assert.Equal(group.Single(w => w.Version == versions[^1]).Value, final[group.Key]);
        }

        Assert.Equal(300, final.Count);
        Assert.Empty(report.Undecryptable);
        var rest = await rotated.Rotation.RewrapAsync();
        Assert.True(rest.IsComplete);
        Assert.Equal(300L, await before.ScalarAsync<long>($"SELECT count(*) FROM eval752_vault.providers WHERE key_id = {rotated.Ring.Newest.Id.ToDatabase()}"));
    }
}
