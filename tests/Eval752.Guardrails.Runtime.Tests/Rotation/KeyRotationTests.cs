using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Rotation;
using Eval752.Guardrails.Runtime.Storage;
using Eval752.Guardrails.Runtime.Tests.Support;
using Eval752.Guardrails.Testing.Postgres;

namespace Eval752.Guardrails.Runtime.Tests.Rotation;

[Collection(PostgresFixture.Collection)]
public sealed class KeyRotationTests(PostgresFixture fixture)
{
    [Fact]
    public async Task FullRotation_PromoteRewrapRetire_KeepsEveryRowAndMovesItToTheNewKey()
    {
        var oldKey = TestKeys.NewHex();
        var newKey = TestKeys.NewHex();
        await using var before = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(oldKey));
        var seeded = await ProviderSeeder.SeedAsync(before.DataSource, before.Ring.Newest, 250);
        await using var after = before.AsInstance(TestKeys.Ring(newKey, oldKey));
        await InstanceHeartbeat.BeatAsync(after.DataSource, "backend-1", "backend", after.Ring, before.Ring.Newest.Id);

        var promoted = await after.Rotation.PromoteAsync(after.Ring.Newest.Id, "ops");
        var progress = new List<RewrapProgress>();
        var report = await after.Rotation.RewrapAsync(new RewrapOptions { BatchSize = 40, Progress = new SynchronousProgress<RewrapProgress>(progress.Add) });
        var stillUsed = await after.Rotation.RetireAsync(before.Ring.Newest.Id, "ops");
        await InstanceHeartbeat.BeatAsync(after.DataSource, "backend-1", "backend", after.Ring, after.ActiveKey.Current);
        var retired = await after.Rotation.RetireAsync(before.Ring.Newest.Id, "ops");
        var status = await after.Rotation.StatusAsync();

        Assert.True(promoted.Promoted, promoted.Reason);
        Assert.Equal(before.Ring.Newest.Id, promoted.PreviousKeyId);
        Assert.Equal((250L, 0L, 250L, 0L), (report.Total, report.AlreadyCurrent, report.Rewrapped, report.Skipped));
        Assert.Empty(report.Undecryptable);
        Assert.Equal(7, progress.Count);
        Assert.False(stillUsed.Retired, "backend-1 had not yet reported the promotion");
        Assert.Equal(["backend-1 (backend)"], stillUsed.InstancesUsingKey);
        Assert.True(retired.Retired, retired.Reason);
        Assert.Equal(new Dictionary<KeyId, long> { [after.Ring.Newest.Id] = 250 }, status.RowsByKeyId);
        Assert.Equal([before.Ring.Newest.Id], status.RetiredKeyIds);
        using var newOnly = TestKeys.Ring(newKey);
        Assert.Equal(seeded, await ProviderSeeder.DecryptAllAsync(after.DataSource, newOnly));

        var again = await after.Rotation.RewrapAsync();
        Assert.Equal((250L, 250L, 0L), (again.Total, again.AlreadyCurrent, again.Rewrapped));
    }

    [Fact]
    public async Task Promote_IsRefusedWhileALiveInstanceLacksTheKey_AndAllowedOnceItAgesOut()
    {
        var oldKey = TestKeys.NewHex();
        var newKey = TestKeys.NewHex();
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(newKey, oldKey), livenessWindow: TimeSpan.FromSeconds(2));
        using var laggingRing = TestKeys.Ring(oldKey);
        await InstanceHeartbeat.BeatAsync(bed.DataSource, "worker-7", "celery-worker", laggingRing, laggingRing.Newest.Id);
        await bed.ActiveKey.RefreshAsync();

        var refused = await bed.Rotation.PromoteAsync(bed.Ring.Newest.Id, "ops");
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var allowed = await bed.Rotation.PromoteAsync(bed.Ring.Newest.Id, "ops");

        Assert.False(refused.Promoted);
        Assert.Equal(["worker-7 (celery-worker)"], refused.InstancesLackingKey);
        Assert.True(allowed.Promoted, allowed.Reason);
    }

    [Fact]
    public async Task Promote_IsRefusedForAKeyThisProcessDoesNotHold()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));
        using var other = TestKeys.Ring(TestKeys.NewHex());

        var result = await bed.Rotation.PromoteAsync(other.Newest.Id, "ops");

        Assert.False(result.Promoted);
        Assert.Contains("does not hold", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retire_IsRefusedForTheActiveKey_AndWhileRowsUseIt()
    {
        var oldKey = TestKeys.NewHex();
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(oldKey));
        await ProviderSeeder.SeedAsync(bed.DataSource, bed.Ring.Newest, 3);
        await using var rotated = bed.AsInstance(TestKeys.Ring(TestKeys.NewHex(), oldKey));

        var active = await rotated.Rotation.RetireAsync(bed.Ring.Newest.Id, "ops");
        await rotated.Rotation.PromoteAsync(rotated.Ring.Newest.Id, "ops");
        var inUse = await rotated.Rotation.RetireAsync(bed.Ring.Newest.Id, "ops");

        Assert.False(active.Retired);
        Assert.Contains("is the active key", active.Reason, StringComparison.Ordinal);
        Assert.False(inUse.Retired);
        Assert.Equal(3, inUse.RowsOnKey);
    }

    [Fact]
    public async Task Rewrap_ReportsUndecryptableRowsById_AndLeavesThemUntouched()
    {
        var oldKey = TestKeys.NewHex();
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(oldKey));
        using var lost = TestKeys.Ring(TestKeys.NewHex());
        var lostRows = await ProviderSeeder.SeedAsync(bed.DataSource, lost.Newest, 2);
        await ProviderSeeder.SeedAsync(bed.DataSource, bed.Ring.Newest, 5);
        await using var rotated = bed.AsInstance(TestKeys.Ring(TestKeys.NewHex(), oldKey));
        await rotated.Rotation.PromoteAsync(rotated.Ring.Newest.Id, "ops");

        var report = await rotated.Rotation.RewrapAsync(new RewrapOptions { BatchSize = 3 });

        Assert.Equal(5, report.Rewrapped);
        Assert.Equal(lostRows.Keys.Order(), report.Undecryptable.Order());
        Assert.False(report.IsComplete);
        Assert.Equal(2L, await bed.ScalarAsync<long>($"SELECT count(*) FROM eval752_vault.providers WHERE key_id = {lost.Newest.Id.ToDatabase()}"));
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests need the reports in order and complete.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
