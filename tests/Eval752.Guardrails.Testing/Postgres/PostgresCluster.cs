using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Eval752.Guardrails.Testing.Postgres;

/// <summary>
/// A PostgreSQL database for one test run. Either a throwaway cluster started from the system
/// binaries (as root it runs as the <c>postgres</c> user, in a folder under the system temp folder,
/// on a free loopback port, with durability off for speed), or, when
/// <see cref="ExistingServerVariable"/> holds a connection string, a fresh database on that server.
/// Disposing stops and deletes the cluster, or drops the database.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    /// <summary>Environment variable naming an existing server to use instead of a throwaway cluster.</summary>
    public const string ExistingServerVariable = "EVAL752_TEST_POSTGRES";

    private const string DatabaseName = "eval752_test";
    private const string ServiceUser = "postgres";

    private readonly string? clusterDirectory;
    private readonly string? binDirectory;
    private readonly string? adminConnectionString;
    private readonly string databaseName;
    private readonly List<string> extraDatabases = [];

    private PostgresCluster(string connectionString, string databaseName, string? clusterDirectory, string? binDirectory, string? adminConnectionString)
    {
        ConnectionString = connectionString;
        this.databaseName = databaseName;
        this.clusterDirectory = clusterDirectory;
        this.binDirectory = binDirectory;
        this.adminConnectionString = adminConnectionString;
    }

    /// <summary>Connection string of the test database (trust auth on loopback: it holds no password).</summary>
    public string ConnectionString { get; }

    /// <summary>True when this run started its own cluster rather than using an existing server.</summary>
    public bool IsThrowaway => clusterDirectory is not null;

    public static async Task<PostgresCluster> StartAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ExistingServerVariable);
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return await UseExistingServerAsync(existing);
        }

        var bin = PostgresBinaries.FindBinDirectory() ?? throw new PostgresUnavailableException();
        return await StartThrowawayAsync(bin);
    }

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    /// <summary>
    /// A new, empty database on the same server, for a test that needs its own schema state; returns its
    /// connection string. Databases are dropped with the cluster (or, on an existing server, at dispose).
    /// </summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"eval752_t_{Guid.NewGuid():N}"[..30];
        await using (var admin = new NpgsqlConnection(ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        lock (extraDatabases)
        {
            extraDatabases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (clusterDirectory is not null && binDirectory is not null)
        {
            await RunAsServiceUserAsync(Path.Combine(binDirectory, "pg_ctl"), ["-D", Path.Combine(clusterDirectory, "data"), "-m", "immediate", "-w", "stop"], check: false);
            TryDelete(clusterDirectory);
        }
        else if (adminConnectionString is not null)
        {
            await using var admin = new NpgsqlConnection(adminConnectionString);
            await admin.OpenAsync();
            foreach (var name in extraDatabases.Append(databaseName))
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    private static async Task<PostgresCluster> UseExistingServerAsync(string connectionString)
    {
        var database = $"eval752_test_{Guid.NewGuid():N}"[..32];
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Database = database };
        return new PostgresCluster(builder.ConnectionString, database, null, null, connectionString);
    }

    private static async Task<PostgresCluster> StartThrowawayAsync(string bin)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"eval752-pg-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(directory);
        try
        {
            var data = Path.Combine(directory, "data");
            if (Environment.IsPrivilegedProcess)
            {
                // initdb refuses to run as root: the cluster belongs to the postgres user.
                await ProcessRunner.RunCheckedAsync("chown", ["-R", $"{ServiceUser}:", directory]);
            }

            await RunAsServiceUserAsync(
                Path.Combine(bin, "initdb"),
                ["-D", data, "-U", ServiceUser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);

            var port = await StartServerAsync(bin, directory, data);
            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = ServiceUser,
                Database = "postgres",
                Pooling = false,
            };
            await using (var admin = new NpgsqlConnection(builder.ConnectionString))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", admin);
                await create.ExecuteNonQueryAsync();
            }

            builder.Database = DatabaseName;
            builder.Pooling = true;
            return new PostgresCluster(builder.ConnectionString, DatabaseName, directory, bin, null);
        }
        catch
        {
            TryDelete(directory);
            throw;
        }
    }

    /// <summary>Starts the server on a free port, retrying when another process takes the port first.</summary>
    private static async Task<int> StartServerAsync(string bin, string directory, string data)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var options = $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={directory} "
                + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            var result = await RunAsServiceUserAsync(
                Path.Combine(bin, "pg_ctl"),
                ["-D", data, "-l", Path.Combine(directory, "server.log"), "-o", options, "-w", "-t", "60", "start"],
                check: false);
            if (result.ExitCode == 0)
            {
                return port;
            }

            if (attempt == 3)
            {
                var log = File.Exists(Path.Combine(directory, "server.log")) ? await File.ReadAllTextAsync(Path.Combine(directory, "server.log")) : string.Empty;
                throw new InvalidOperationException($"pg_ctl could not start a throwaway PostgreSQL cluster in '{directory}':\n{result.Combined}\n{log}");
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task<ProcessRunner.Result> RunAsServiceUserAsync(string program, IReadOnlyList<string> arguments, bool check = true)
    {
        var (file, args) = Environment.IsPrivilegedProcess
            ? ("runuser", (IEnumerable<string>)["-u", ServiceUser, "--", program, .. arguments])
            : (program, arguments);
        return check ? ProcessRunner.RunCheckedAsync(file, args) : ProcessRunner.RunAsync(file, args);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the next run uses a new name.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
