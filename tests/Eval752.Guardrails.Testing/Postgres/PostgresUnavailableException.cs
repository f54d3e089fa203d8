namespace Eval752.Guardrails.Testing.Postgres;

/// <summary>Neither PostgreSQL binaries nor an existing server were found: tests fail with this, never skip.</summary>
public sealed class PostgresUnavailableException : Exception
{
    public PostgresUnavailableException()
        : base(
            "PostgreSQL is needed by these tests but no server binaries were found (looked for initdb in /usr/lib/postgresql/<version>/bin and on PATH). "
            + "Install them with `apt-get install -y postgresql` (the server need not be running: the tests start a throwaway cluster), "
            + $"or set {PostgresCluster.ExistingServerVariable} to an Npgsql connection string of an existing server whose user may create databases.")
    {
    }

    public PostgresUnavailableException(string message)
        : base(message)
    {
    }

    public PostgresUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
