using Eval752.Guardrails.Runtime.DependencyInjection;
using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Vault;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Eval752.Guardrails.Runtime.Startup;

/// <summary>
/// Refuses to start, in every environment but Development, when a configured secret still holds a
/// placeholder or well-known default, or when the database's active key is one this instance does not
/// hold. (An invalid ENCRYPTION_KEY already stops every environment through options validation.)
/// Registered after <see cref="VaultInstanceService"/>, so the schema and active key exist when it runs.
/// </summary>
public sealed class VaultStartupGuard(
    IConfiguration configuration,
    IHostEnvironment environment,
    IOptions<ProviderVaultOptions> options,
    KeyRing ring,
    ActiveKeyCache activeKey) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        var envExample = options.Value.EnvExamplePath is { } path && File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;
        var problems = ConfigurationSafety.FindProblems(configuration, envExample).ToList();
        var active = activeKey.Current ?? await activeKey.RefreshAsync(cancellationToken);
        if (!ring.Contains(active))
        {
            problems.Add($"The vault's active key id {active} is not held by this instance; add it to {VaultVariables.EncryptionKey} or {VaultVariables.PreviousEncryptionKeys}.");
        }

        if (problems.Count > 0)
        {
            throw new StartupGuardException(problems);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
