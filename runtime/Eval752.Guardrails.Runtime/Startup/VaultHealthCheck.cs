using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Storage;
using Eval752.Guardrails.Runtime.Vault;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Eval752.Guardrails.Runtime.Startup;

/// <summary>
/// Readiness of the vault: the database answers, this instance holds the active key, and every stored
/// provider is under a key this instance holds. Providers it cannot decrypt are listed by id instead
/// of failing silently when a worker first needs them.
/// </summary>
public sealed class VaultHealthCheck(NpgsqlDataSource dataSource, KeyRing ring, ActiveKeyCache activeKey) : IHealthCheck
{
    private const int MaxListed = 50;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        KeyId active;
        var undecryptable = new List<Guid>();
        try
        {
            active = await activeKey.RefreshAsync(cancellationToken);
            await using var command = dataSource.CreateCommand($"SELECT id FROM {VaultSchema.Providers} WHERE NOT (key_id = ANY($1)) ORDER BY id LIMIT {MaxListed + 1}");
            command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. ring.KeyIds.Select(id => id.ToDatabase())] });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                undecryptable.Add(reader.GetGuid(0));
            }
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy("The vault database is unreachable.", e);
        }

        var data = new Dictionary<string, object>
        {
            ["activeKeyId"] = active.ToString(),
            ["heldKeyIds"] = string.Join(",", ring.KeyIds),
            ["undecryptableProviders"] = string.Join(",", undecryptable.Take(MaxListed)),
        };
        if (!ring.Contains(active))
        {
            return HealthCheckResult.Unhealthy($"The active key {active} is not held by this instance: it cannot encrypt.", data: data);
        }

        return undecryptable.Count > 0
            ? HealthCheckResult.Degraded($"{(undecryptable.Count > MaxListed ? $"More than {MaxListed}" : undecryptable.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} provider(s) are encrypted under keys this instance does not hold.", data: data)
            : HealthCheckResult.Healthy($"Active key {active} held; every provider decryptable.", data);
    }
}
