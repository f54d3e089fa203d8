using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Storage;
using Eval752.Guardrails.Runtime.Vault;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Eval752.Guardrails.Runtime.DependencyInjection;

/// <summary>
/// Keeps this instance in step with the vault: applies migrations at start, reads the active key,
/// sends heartbeats, and listens for promotions (<c>LISTEN</c>) with polling as a fallback, so a
/// promotion reaches every service within seconds and without a restart.
/// </summary>
public sealed partial class VaultInstanceService(
    NpgsqlDataSource dataSource,
    KeyRing ring,
    ActiveKeyCache activeKey,
    IOptions<ProviderVaultOptions> options,
    ILogger<VaultInstanceService> logger) : BackgroundService
{
    private readonly ProviderVaultOptions settings = options.Value;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.ApplyMigrations)
        {
            var applied = await VaultMigrator.MigrateAsync(dataSource, cancellationToken);
            if (applied > 0)
            {
                LogMigrated(applied);
            }
        }

        var active = await activeKey.RefreshAsync(cancellationToken);
        await BeatAsync(cancellationToken);
        LogStarted(settings.InstanceId, active, ring.Contains(active));
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await InstanceHeartbeat.LeaveAsync(dataSource, settings.InstanceId, cancellationToken);
        }
        catch (NpgsqlException e)
        {
            LogHeartbeatFailed(e.Message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                LogHeartbeatFailed(e.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) =>
        {
            if (KeyId.TryParse(e.Payload, out var id))
            {
                activeKey.Set(id);
                LogPromotion(id, ring.Contains(id));
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {VaultSchema.ActiveKeyChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        var nextPoll = DateTimeOffset.UtcNow + settings.PollInterval;
        var nextBeat = DateTimeOffset.UtcNow + settings.HeartbeatInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Min(nextPoll, nextBeat) - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await connection.WaitAsync(wait, stoppingToken);
            }

            var now = DateTimeOffset.UtcNow;
            if (now >= nextPoll)
            {
                await activeKey.RefreshAsync(stoppingToken);
                nextPoll = now + settings.PollInterval;
            }

            if (now >= nextBeat)
            {
                await BeatAsync(stoppingToken);
                nextBeat = now + settings.HeartbeatInterval;
            }
        }
    }

    private Task BeatAsync(CancellationToken cancellationToken) =>
        InstanceHeartbeat.BeatAsync(dataSource, settings.InstanceId, settings.ServiceName, ring, activeKey.Current, cancellationToken);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    [LoggerMessage(1, LogLevel.Information, "Vault migrations applied: {Count}")]
    private partial void LogMigrated(int count);

    [LoggerMessage(2, LogLevel.Information, "Vault instance {InstanceId} started; active key {ActiveKeyId}, held by this instance: {Held}")]
    private partial void LogStarted(string instanceId, KeyId activeKeyId, bool held);

    [LoggerMessage(3, LogLevel.Warning, "Vault heartbeat or listener failed, retrying: {Reason}")]
    private partial void LogHeartbeatFailed(string reason);

    [LoggerMessage(4, LogLevel.Information, "Vault active key is now {ActiveKeyId}; held by this instance: {Held}")]
    private partial void LogPromotion(KeyId activeKeyId, bool held);
}
