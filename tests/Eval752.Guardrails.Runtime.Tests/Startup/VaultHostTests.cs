using Eval752.Guardrails.Detection.Secrets;
using Eval752.Guardrails.Runtime.DependencyInjection;
using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Secrets;
using Eval752.Guardrails.Runtime.Startup;
using Eval752.Guardrails.Runtime.Tests.Support;
using Eval752.Guardrails.Runtime.Vault;
using Eval752.Guardrails.Testing.Postgres;
using Eval752.Guardrails.Testing.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eval752.Guardrails.Runtime.Tests.Startup;

/// <summary>The vault as a service uses it: AddProviderVault in a real host against real PostgreSQL.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class VaultHostTests(PostgresFixture fixture)
{
    private static IHost BuildHost(string environment, Dictionary<string, string?> settings, CapturingLoggerProvider? logs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddProviderVault(builder.Configuration, o =>
        {
            o.ServiceName = "backend";
            o.PollInterval = TimeSpan.FromMinutes(5);
        });
        return builder.Build();
    }

    private async Task<Dictionary<string, string?>> SettingsAsync(string key, string? previous = null) => new()
    {
        ["ConnectionStrings:Vault"] = await fixture.Cluster.CreateDatabaseAsync(),
        [VaultVariables.EncryptionKey] = key,
        [VaultVariables.PreviousEncryptionKeys] = previous,
    };

    [Fact]
    public async Task Host_StartsHealthy_RedactsSecretsFromLogs_AndLeavesOnStop()
    {
        var key = TestKeys.NewHex();
        var settings = await SettingsAsync(key);
        var logs = new CapturingLoggerProvider();
        using var host = BuildHost(Environments.Production, settings, logs);
        var planted = SecretShapes.AnthropicKey();

        await host.StartAsync();
        var vault = host.Services.GetRequiredService<ProviderVault>();
        using var secret = ProviderSecret.FromString(planted);
        var created = await vault.CreateAsync("openai", "openai", secret, "test");
        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var logger = host.Services.GetRequiredService<ILogger<VaultHostTests>>();
#pragma warning disable CA1848, CA1873, EG0101 // Careless logging, as user code might do it: the redacting logger must scrub it.
        logger.LogError("Provider {Id} rejected key {Key}; env key {Master}", created.Id, planted, key);
#pragma warning restore CA1848, CA1873, EG0101
        var instances = await CountInstancesAsync(settings);
        await host.StopAsync();

        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Equal(1, instances);
        Assert.Equal(0, await CountInstancesAsync(settings));
        Assert.Contains(logs.Entries, e => e.Contains("rejected key [redacted:", StringComparison.Ordinal));
        Assert.DoesNotContain(planted, logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(key, logs.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(SecretScanner.Scan(logs.AllText));
    }

    [Fact]
    public async Task InvalidKey_FailsStartup_NamingTheVariable_NotTheValue()
    {
        var settings = await SettingsAsync(TestKeys.NewHex()[..60]);
        using var host = BuildHost(Environments.Development, settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ENCRYPTION_KEY must be exactly 64 hex characters", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(settings[VaultVariables.EncryptionKey]!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceholderSecret_RefusesProduction_ButNotDevelopment()
    {
        var settings = await SettingsAsync(TestKeys.NewHex());
        settings["Providers:OpenAI:ApiKey"] = "changeme";

        using (var production = BuildHost(Environments.Production, settings))
        {
            var error = await Assert.ThrowsAsync<StartupGuardException>(() => production.StartAsync());
            Assert.Equal(["Providers__OpenAI__ApiKey still holds a placeholder; set the real secret through the environment or a secret store."], error.Problems);
            await production.StopAsync();
        }

        using var development = BuildHost(Environments.Development, settings);
        await development.StartAsync();
        await development.StopAsync();
    }

    [Fact]
    public async Task ActiveKeyNotHeld_RefusesProduction_AndDevelopmentReportsUnhealthy()
    {
        var first = await SettingsAsync(TestKeys.NewHex());
        using (var original = BuildHost(Environments.Production, first))
        {
            await original.StartAsync();
            await original.StopAsync();
        }

        var stranger = new Dictionary<string, string?>(first) { [VaultVariables.EncryptionKey] = TestKeys.NewHex() };
        using (var production = BuildHost(Environments.Production, stranger))
        {
            var error = await Assert.ThrowsAsync<StartupGuardException>(() => production.StartAsync());
            Assert.Contains("is not held by this instance", Assert.Single(error.Problems), StringComparison.Ordinal);
            await production.StopAsync();
        }

        using var development = BuildHost(Environments.Development, stranger);
        await development.StartAsync();
        var health = await development.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        await development.StopAsync();
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
    }

    [Fact]
    public async Task Promotion_ReachesARunningService_WithoutARestart()
    {
        var oldKey = TestKeys.NewHex();
        var newKey = TestKeys.NewHex();
        var settings = await SettingsAsync(newKey, oldKey);
        using (var seed = BuildHost(Environments.Production, new Dictionary<string, string?>(settings) { [VaultVariables.EncryptionKey] = oldKey, [VaultVariables.PreviousEncryptionKeys] = null }))
        {
            await seed.StartAsync();
            await seed.StopAsync();
        }

        using var host = BuildHost(Environments.Production, settings);
        await host.StartAsync();
        var cache = host.Services.GetRequiredService<ActiveKeyCache>();
        var ring = host.Services.GetRequiredService<KeyRing>();
        Assert.Equal(ring.Previous[0].Id, cache.Current);

        await using var operatorBed = new VaultOperator(settings["ConnectionStrings:Vault"]!, TestKeys.Ring(newKey, oldKey));
        var promoted = await operatorBed.PromoteAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (cache.Current != ring.Newest.Id && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await host.StopAsync();
        Assert.True(promoted, "the promotion itself should succeed: the running host holds the new key");
        Assert.Equal(ring.Newest.Id, cache.Current);
    }

    private static async Task<long> CountInstancesAsync(Dictionary<string, string?> settings)
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(settings["ConnectionStrings:Vault"]!);
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM eval752_vault.instances");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>An operator's CLI-like session against the same database.</summary>
    private sealed class VaultOperator(string connectionString, KeyRing ring) : IAsyncDisposable
    {
        private readonly Npgsql.NpgsqlDataSource dataSource = Npgsql.NpgsqlDataSource.Create(connectionString);

        public async Task<bool> PromoteAsync()
        {
            var rotation = new Eval752.Guardrails.Runtime.Rotation.KeyRotation(dataSource, ring, new ActiveKeyCache(dataSource, ring), TimeSpan.FromMinutes(1));
            return (await rotation.PromoteAsync(ring.Newest.Id, "ops")).Promoted;
        }

        public async ValueTask DisposeAsync()
        {
            await dataSource.DisposeAsync();
            ring.Dispose();
        }
    }
}
