using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Rotation;
using Eval752.Guardrails.Runtime.Storage;
using Eval752.Guardrails.Runtime.Vault;
using Npgsql;

namespace Eval752.Guardrails.Cli;

/// <summary>
/// The vault as the CLI reaches it: ConnectionStrings__Vault, ENCRYPTION_KEY and ENCRYPTION_KEYS_PREVIOUS
/// from the environment, exactly as the services read them.
/// </summary>
internal sealed class VaultConnection : IAsyncDisposable
{
    private VaultConnection(NpgsqlDataSource dataSource, KeyRing ring)
    {
        DataSource = dataSource;
        Ring = ring;
        ActiveKey = new ActiveKeyCache(dataSource, ring);
        Rotation = new KeyRotation(dataSource, ring, ActiveKey, LivenessWindow());
    }

    public NpgsqlDataSource DataSource { get; }

    public KeyRing Ring { get; }

    public ActiveKeyCache ActiveKey { get; }

    public KeyRotation Rotation { get; }

    /// <summary>Opens the vault; throws <see cref="CliUsageException"/> naming the variable that is missing or invalid.</summary>
    public static async Task<VaultConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connectionString = Environment.GetEnvironmentVariable(VaultVariables.ConnectionString);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new CliUsageException($"{VaultVariables.ConnectionString} is not set: export the Npgsql connection string of the vault database.");
        }

        KeyRing ring;
        try
        {
            ring = KeyRingParser.Parse(
                Environment.GetEnvironmentVariable(VaultVariables.EncryptionKey),
                Environment.GetEnvironmentVariable(VaultVariables.PreviousEncryptionKeys));
        }
        catch (KeyRingConfigurationException e)
        {
            throw new CliUsageException(e.Message);
        }

        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await VaultMigrator.MigrateAsync(dataSource, cancellationToken);
        }
        catch (NpgsqlException e)
        {
            await dataSource.DisposeAsync();
            ring.Dispose();
            throw new CliUsageException($"The vault database is unreachable ({e.Message}); check {VaultVariables.ConnectionString}.");
        }

        return new VaultConnection(dataSource, ring);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        Ring.Dispose();
    }

    /// <summary>The same setting the services use (<c>Vault__LivenessWindow</c>, a TimeSpan such as 00:01:00).</summary>
    private static TimeSpan LivenessWindow()
    {
        var text = Environment.GetEnvironmentVariable("Vault__LivenessWindow");
        if (string.IsNullOrWhiteSpace(text))
        {
            return TimeSpan.FromMinutes(1);
        }

        return TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var window) && window > TimeSpan.Zero
            ? window
            : throw new CliUsageException("Vault__LivenessWindow must be a positive TimeSpan such as 00:01:00.");
    }
}
