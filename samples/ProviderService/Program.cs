using Eval752.Guardrails.Runtime.AspNetCore.Headers;
using Eval752.Guardrails.Runtime.AspNetCore.Health;
using Eval752.Guardrails.Runtime.AspNetCore.Providers;
using Eval752.Guardrails.Runtime.DependencyInjection;
using ProviderService;

var builder = WebApplication.CreateBuilder(args);
await using var developmentDatabase = await DevelopmentDefaults.ApplyAsync(builder);

builder.Services.AddProviderVault(builder.Configuration, options => options.ServiceName = "provider-service");
builder.Services.AddEval752SecurityHeaders();

var app = builder.Build();
app.UseEval752SecurityHeaders();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapProviderEndpoints();
app.MapVaultHealth();
await app.RunAsync();

/// <summary>Entry point, public for the ASP.NET Core test host.</summary>
public partial class Program;
