using System.Security.Cryptography;
using Eval752.Guardrails.Runtime.AspNetCore.Headers;
using Eval752.Guardrails.Runtime.AspNetCore.Health;
using Eval752.Guardrails.Runtime.AspNetCore.Providers;
using Eval752.Guardrails.Runtime.DependencyInjection;
using Eval752.Guardrails.Testing.Postgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Eval752.Guardrails.Runtime.AspNetCore.Tests;

/// <summary>A Production-mode app with the package's endpoints on the in-memory test server, its own database, and captured logs.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private ApiHost(WebApplication app, CapturedLogs logs)
    {
        App = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public static async Task<ApiHost> StartAsync(PostgresCluster cluster)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Vault"] = await cluster.CreateDatabaseAsync(),
            ["ENCRYPTION_KEY"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        });
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddProviderVault(builder.Configuration);
        builder.Services.AddEval752SecurityHeaders();
        var app = builder.Build();
        app.UseEval752SecurityHeaders();
        app.MapProviderEndpoints();
        app.MapVaultHealth();
        await app.StartAsync();
        return new ApiHost(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
