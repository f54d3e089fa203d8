using System.Security.Cryptography;
using Eval752.Guardrails.Runtime.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eval752.Guardrails.Runtime.Tests.Startup;

/// <summary>Where ProviderVaultOptions get their secrets: the shared variables, unless a Vault__* override is set (not merely present).</summary>
public sealed class VaultOptionsBindingTests
{
    private static ProviderVaultOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLogging().AddProviderVault(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ProviderVaultOptions>>().Value;
    }

    [Fact]
    public void EmptyOverrides_AsAGeneratedEnvFileSetsThem_DoNotHideTheSharedVariables()
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var options = Bind(new()
        {
            ["ENCRYPTION_KEY"] = key,
            ["ConnectionStrings:Vault"] = "Host=db.internal;Database=eval752",
            ["Vault:EncryptionKey"] = "",
            ["Vault:ConnectionString"] = "",
            ["Vault:PreviousEncryptionKeys"] = "",
        });

        Assert.Equal(key, options.EncryptionKey);
        Assert.Equal("Host=db.internal;Database=eval752", options.ConnectionString);
        Assert.True(string.IsNullOrEmpty(options.PreviousEncryptionKeys));
    }

    [Fact]
    public void SetOverrides_WinOverTheSharedVariables()
    {
        var shared = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var own = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var options = Bind(new()
        {
            ["ENCRYPTION_KEY"] = shared,
            ["Vault:EncryptionKey"] = own,
            ["ConnectionStrings:Vault"] = "Host=shared",
            ["Vault:ConnectionString"] = "Host=own",
        });

        Assert.Equal((own, "Host=own"), (options.EncryptionKey, options.ConnectionString));
    }
}
