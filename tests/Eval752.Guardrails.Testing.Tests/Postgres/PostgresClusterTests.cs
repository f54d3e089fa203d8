using Eval752.Guardrails.Testing.Postgres;
using Npgsql;

namespace Eval752.Guardrails.Testing.Tests.Postgres;

[Collection(PostgresFixture.Collection)]
public sealed class PostgresClusterTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Cluster_StoresAndReturnsBytea()
    {
        var payload = new byte[4096];
        new Random(752).NextBytes(payload);
        payload[0] = 0;

        await using var dataSource = fixture.Cluster.CreateDataSource();
        await using (var create = dataSource.CreateCommand("CREATE TABLE IF NOT EXISTS blobs (id int PRIMARY KEY, body bytea NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var insert = dataSource.CreateCommand("INSERT INTO blobs (id, body) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body"))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = payload });
            await insert.ExecuteNonQueryAsync();
        }

        await using var select = dataSource.CreateCommand("SELECT body, octet_length(body) FROM blobs WHERE id = 1");
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(payload, reader.GetFieldValue<byte[]>(0));
        Assert.Equal(payload.Length, reader.GetInt32(1));
    }

    [Fact]
    public async Task Cluster_IsPostgreSqlOnLoopback()
    {
        await using var dataSource = fixture.Cluster.CreateDataSource();
        await using var command = dataSource.CreateCommand("SELECT current_setting('server_version_num')::int, inet_server_addr()::text");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.True(reader.GetInt32(0) >= 130000, "PostgreSQL 13 or newer is expected.");
        if (fixture.Cluster.IsThrowaway)
        {
            Assert.Equal("127.0.0.1/32", reader.GetString(1));
        }
    }
}
