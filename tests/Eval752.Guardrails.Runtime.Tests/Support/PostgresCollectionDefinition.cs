using Eval752.Guardrails.Testing.Postgres;

namespace Eval752.Guardrails.Runtime.Tests.Support;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresFixture>;
