using Xunit;

namespace Eval752.Guardrails.Testing.Postgres;

/// <summary>
/// xunit fixture owning one <see cref="PostgresCluster"/> for a test collection. A test project
/// declares <c>[CollectionDefinition(PostgresFixture.Collection)] class … : ICollectionFixture&lt;PostgresFixture&gt;</c>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string Collection = "PostgreSQL";

    private PostgresCluster? cluster;

    public PostgresCluster Cluster => cluster ?? throw new InvalidOperationException("The PostgreSQL fixture has not started.");

    public async Task InitializeAsync() => cluster = await PostgresCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }
}
