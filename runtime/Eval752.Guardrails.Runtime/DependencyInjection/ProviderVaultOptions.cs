using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Runtime.DependencyInjection;

/// <summary>
/// Vault settings. Bound from configuration by <c>AddProviderVault</c>: the connection string from
/// <c>ConnectionStrings:Vault</c> (env <c>ConnectionStrings__Vault</c>), keys from <c>ENCRYPTION_KEY</c> and
/// <c>ENCRYPTION_KEYS_PREVIOUS</c>, the rest from the <c>Vault</c> section. Validated at startup.
/// </summary>
public sealed class ProviderVaultOptions
{
    public const string SectionName = "Vault";

    public string? ConnectionString { get; set; }

    public string? EncryptionKey { get; set; }

    public string? PreviousEncryptionKeys { get; set; }

    /// <summary>The service name this instance reports in its heartbeat (e.g. <c>backend</c>, <c>celery-worker</c>).</summary>
    public string ServiceName { get; set; } = AppDomain.CurrentDomain.FriendlyName;

    public string InstanceId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>An instance whose last heartbeat is older than this is not live (promotion and retirement ignore it).</summary>
    public TimeSpan LivenessWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the active key is re-read in case a NOTIFY was missed.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public bool ApplyMigrations { get; set; } = true;

    /// <summary>Path of the repository's .env.example; the startup guard refuses configured secrets still equal to its placeholders.</summary>
    public string? EnvExamplePath { get; set; }

    internal KeyRing CreateKeyRing() => KeyRingParser.Parse(EncryptionKey, PreviousEncryptionKeys);
}
