using Eval752.Guardrails.Testing.Postgres;

namespace Eval752.Guardrails.Runtime.AspNetCore.Tests;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresFixture>;
