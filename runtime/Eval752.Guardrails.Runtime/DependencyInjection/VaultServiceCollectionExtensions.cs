using Eval752.Guardrails.Detection.Naming;
using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Redaction;
using Eval752.Guardrails.Runtime.Rotation;
using Eval752.Guardrails.Runtime.Startup;
using Eval752.Guardrails.Runtime.Vault;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Eval752.Guardrails.Runtime.DependencyInjection;

public static class VaultServiceCollectionExtensions
{
    /// <summary>
    /// Adds the provider vault: options bound from configuration and validated at startup, the key ring,
    /// an <see cref="NpgsqlDataSource"/>, <see cref="ProviderVault"/>, <see cref="KeyRotation"/>, the
    /// instance service (migrations, heartbeat, promotion listener), the startup guard, a "vault" health
    /// check and log redaction of every secret the vault handles.
    /// </summary>
    public static IServiceCollection AddProviderVault(this IServiceCollection services, IConfiguration configuration, Action<ProviderVaultOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProviderVaultOptions>()
            .Bind(configuration.GetSection(ProviderVaultOptions.SectionName))
            .Configure(options =>
            {
                // Vault__* overrides win only when set: an empty one (a .env generated from the template) must not hide the shared variable.
                options.ConnectionString = SetOrShared(options.ConnectionString, configuration.GetConnectionString(VaultVariables.ConnectionStringName));
                options.EncryptionKey = SetOrShared(options.EncryptionKey, configuration[VaultVariables.EncryptionKey]);
                options.PreviousEncryptionKeys = SetOrShared(options.PreviousEncryptionKeys, configuration[VaultVariables.PreviousEncryptionKeys]);
                configure?.Invoke(options);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProviderVaultOptions>, ProviderVaultOptionsValidator>());

        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ProviderVaultOptions>>().Value.CreateKeyRing());
        services.TryAddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<ProviderVaultOptions>>().Value.ConnectionString!));
        services.TryAddSingleton<ActiveKeyCache>();
        services.TryAddSingleton<ProviderVault>();
        services.TryAddSingleton(sp => new KeyRotation(
            sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetRequiredService<KeyRing>(),
            sp.GetRequiredService<ActiveKeyCache>(),
            sp.GetRequiredService<IOptions<ProviderVaultOptions>>().Value.LivenessWindow));

        // Order matters: the instance service migrates and reads the active key before the guard checks it.
        services.AddHostedService<VaultInstanceService>();
        services.AddHostedService<VaultStartupGuard>();
        services.AddHealthChecks().AddCheck<VaultHealthCheck>("vault", tags: ["ready"]);
        services.AddSecretRedaction(configuration);
        return services;
    }

    /// <summary>
    /// Redacts secrets from every log entry: values the vault handles, and the values of configured
    /// secret variables (ENCRYPTION_KEY, passwords, tokens, API keys), replaced by their fingerprints.
    /// Also registers <see cref="FingerprintRedactor"/> for <see cref="Eval752DataClassifications.Secret"/>
    /// with Microsoft.Extensions.Compliance redaction.
    /// </summary>
    public static IServiceCollection AddSecretRedaction(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(_ =>
        {
            var registry = new SecretRegistry();
            foreach (var (key, value) in configuration.AsEnumerable())
            {
                if (value is not null && SecretNames.IsSecretName(key))
                {
                    registry.Register(value);
                }
            }

            return registry;
        });

        // Decorate the logger factory once, however often this is called.
        if (!services.Any(d => d.ServiceType == typeof(RedactionInstalled)))
        {
            services.AddSingleton<RedactionInstalled>();
            services.AddLogging();
            var original = services.Last(d => d.ServiceType == typeof(ILoggerFactory));
            services.Remove(original);
            services.AddSingleton<ILoggerFactory>(sp => new RedactingLoggerFactory(CreateOriginal(sp, original), sp.GetRequiredService<SecretRegistry>()));
        }

        services.AddRedaction(builder => builder.SetRedactor<FingerprintRedactor>(Eval752DataClassifications.Secret));
        return services;
    }

    private static ILoggerFactory CreateOriginal(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (ILoggerFactory)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));

    /// <summary>Marks a service collection whose logger factory already redacts.</summary>
    private sealed class RedactionInstalled;

    private static string? SetOrShared(string? own, string? shared) => string.IsNullOrEmpty(own) ? shared : own;
}
