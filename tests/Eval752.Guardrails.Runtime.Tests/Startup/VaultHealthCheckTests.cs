using Eval752.Guardrails.Runtime.Startup;
using Eval752.Guardrails.Runtime.Tests.Support;
using Eval752.Guardrails.Testing.Postgres;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Eval752.Guardrails.Runtime.Tests.Startup;

[Collection(PostgresFixture.Collection)]
public sealed class VaultHealthCheckTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ProvidersUnderAKeyNotHeld_AreDegraded_AndListedById()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));
        await ProviderSeeder.SeedAsync(bed.DataSource, bed.Ring.Newest, 3);
        using var lost = TestKeys.Ring(TestKeys.NewHex());
        var orphans = await ProviderSeeder.SeedAsync(bed.DataSource, lost.Newest, 2);
        var check = new VaultHealthCheck(bed.DataSource, bed.Ring, bed.ActiveKey);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(orphans.Keys.Order().Select(id => id.ToString()), ((string)result.Data["undecryptableProviders"]).Split(',').Order());
    }

    [Fact]
    public async Task AllDecryptable_IsHealthy()
    {
        await using var bed = await VaultTestBed.CreateAsync(fixture.Cluster, TestKeys.Ring(TestKeys.NewHex()));
        await ProviderSeeder.SeedAsync(bed.DataSource, bed.Ring.Newest, 3);

        var result = await new VaultHealthCheck(bed.DataSource, bed.Ring, bed.ActiveKey).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }
}
