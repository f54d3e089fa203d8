using Eval752.Guardrails.Testing.Postgres;

namespace Eval752.Guardrails.Testing.Tests.Postgres;

public sealed class PostgresBinariesTests
{
    [Fact]
    public void UnavailableMessage_SaysHowToInstall_AndNamesTheVariable()
    {
        var message = new PostgresUnavailableException().Message;

        Assert.Contains("apt-get install -y postgresql", message, StringComparison.Ordinal);
        Assert.Contains(PostgresCluster.ExistingServerVariable, message, StringComparison.Ordinal);
    }
}
