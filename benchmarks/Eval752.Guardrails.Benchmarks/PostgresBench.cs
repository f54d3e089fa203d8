using Eval752.Guardrails.Testing.Postgres;

namespace Eval752.Guardrails.Benchmarks;

/// <summary>One throwaway PostgreSQL cluster per benchmark class (the same helper as the tests).</summary>
internal static class PostgresBench
{
    public static PostgresCluster Start() => PostgresCluster.StartAsync().GetAwaiter().GetResult();
}
