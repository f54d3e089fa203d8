using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Eval752.Guardrails.Runtime.AspNetCore.Health;

public static class VaultHealthEndpoints
{
    /// <summary>
    /// Readiness at <paramref name="path"/>: the "ready" checks (the vault's among them) as JSON with status,
    /// description and data (active key id, held key ids, undecryptable provider ids). 503 when unhealthy.
    /// </summary>
    public static IEndpointConventionBuilder MapVaultHealth(this IEndpointRouteBuilder endpoints, string path = "/health/ready") =>
        endpoints.MapHealthChecks(path, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteAsync,
        });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
