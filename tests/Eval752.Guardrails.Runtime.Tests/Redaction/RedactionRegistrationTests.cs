using Eval752.Guardrails.Runtime.DependencyInjection;
using Eval752.Guardrails.Runtime.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eval752.Guardrails.Runtime.Tests.Redaction;

public sealed class RedactionRegistrationTests
{
    [Fact]
    public void AddingRedactionTwice_DecoratesTheLoggerFactoryOnce()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddLogging();

        services.AddSecretRedaction(configuration).AddSecretRedaction(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(ILoggerFactory));
        Assert.IsType<RedactingLoggerFactory>(provider.GetRequiredService<ILoggerFactory>());
    }
}
