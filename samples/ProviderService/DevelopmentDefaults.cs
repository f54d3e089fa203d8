using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Testing.Postgres;

namespace ProviderService;

/// <summary>
/// Makes `dotnet run` work on a fresh machine, in Development only: without ConnectionStrings__Vault it
/// starts a throwaway PostgreSQL cluster from the system binaries; without ENCRYPTION_KEY it generates an
/// ephemeral key and warns loudly (everything stored with it is lost when the process exits). Any other
/// environment gets neither: the vault's startup validation names the missing variable.
/// </summary>
internal static class DevelopmentDefaults
{
    public static async Task<PostgresCluster?> ApplyAsync(WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            return null;
        }

        PostgresCluster? cluster = null;
        var settings = new Dictionary<string, string?>();
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(VaultVariables.ConnectionStringName)))
        {
            cluster = await PostgresCluster.StartAsync();
            settings[$"ConnectionStrings:{VaultVariables.ConnectionStringName}"] = cluster.ConnectionString;
            Console.Error.WriteLine($"Development: no {VaultVariables.ConnectionString}; started a throwaway PostgreSQL cluster ({Describe(cluster.ConnectionString)}). It is deleted when the service stops.");
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration[VaultVariables.EncryptionKey]))
        {
            var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(MasterKey.Length);
            settings[VaultVariables.EncryptionKey] = Convert.ToHexStringLower(bytes);
            Console.Error.WriteLine($"WARNING Development: no {VaultVariables.EncryptionKey}; generated an EPHEMERAL key (id {KeyId.Derive(bytes)}). Secrets stored now cannot be decrypted after a restart. Set {VaultVariables.EncryptionKey} (eval752-guard keygen) to keep them.");
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(bytes);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        return cluster;
    }

    private static string Describe(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"Host={builder.Host};Port={builder.Port};Database={builder.Database}";
    }
}
