using Eval752.Guardrails.Testing.Postgres;

namespace Eval752.Guardrails.Testing.Tests.Postgres;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresFixture>;
