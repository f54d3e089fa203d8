using Eval752.Guardrails.Runtime.Keys;
using Microsoft.Extensions.Options;

namespace Eval752.Guardrails.Runtime.DependencyInjection;

/// <summary>Fails startup (<c>ValidateOnStart</c>) on an unusable key or missing connection string, naming the variable, never the value.</summary>
internal sealed class ProviderVaultOptionsValidator : IValidateOptions<ProviderVaultOptions>
{
    public ValidateOptionsResult Validate(string? name, ProviderVaultOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{VaultVariables.ConnectionString} is not set: the vault needs an Npgsql connection string to its PostgreSQL database.");
        }

        try
        {
            options.CreateKeyRing().Dispose();
        }
        catch (KeyRingConfigurationException e)
        {
            failures.AddRange(e.Problems);
        }

        if (options.LivenessWindow <= options.HeartbeatInterval)
        {
            failures.Add($"{ProviderVaultOptions.SectionName}:LivenessWindow must be longer than {ProviderVaultOptions.SectionName}:HeartbeatInterval, or live instances look dead between heartbeats.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
