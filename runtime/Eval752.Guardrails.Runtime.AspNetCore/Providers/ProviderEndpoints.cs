using Eval752.Guardrails.Runtime.Secrets;
using Eval752.Guardrails.Runtime.Vault;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eval752.Guardrails.Runtime.AspNetCore.Providers;

/// <summary>
/// The provider manager API (DESIGN section 7): create, list, get, patch (rotate a key: what the
/// playbook's <c>PATCH /providers/{id}</c> is), delete. No response ever contains a secret; the
/// <c>ETag</c> is the secret version and <c>If-Match</c> guards PATCH and DELETE (412 on mismatch).
/// </summary>
public static class ProviderEndpoints
{
    public static RouteGroupBuilder MapProviderEndpoints(this IEndpointRouteBuilder endpoints, string prefix = "/providers")
    {
        var group = endpoints.MapGroup(prefix).WithTags("Providers");
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPatch("/{id:guid}", UpdateAsync);
        group.MapDelete("/{id:guid}", DeleteAsync);
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ProviderVault vault)
    {
        var (body, error) = await RequestBodies.ReadAsync<CreateProviderRequest>(context.Request);
        if (error is not null)
        {
            return error;
        }

        if (ApiKeyRules.Explain(body!.ApiKey) is { } keyProblem)
        {
            return Problems.BadRequest(keyProblem);
        }

        try
        {
            ProviderFields.Validate(body.Name, body.Kind);
            using var secret = ProviderSecret.FromString(body.ApiKey!);
            var created = await vault.CreateAsync(body.Name!, body.Kind!, secret, Actor(context), context.RequestAborted);
            context.Response.Headers.ETag = EntityTags.For(created.SecretVersion);
            return Results.Created($"{context.Request.PathBase}{context.Request.Path.ToString().TrimEnd('/')}/{created.Id}", ProviderResponse.From(created));
        }
        catch (Exception e) when (Problems.ForVaultWriteError(e) is { } problem)
        {
            return problem;
        }
    }

    private static async Task<IResult> ListAsync(ProviderVault vault, CancellationToken cancellationToken) =>
        Results.Ok((await vault.ListAsync(cancellationToken)).Select(p => ProviderResponse.From(p)));

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, ProviderVault vault)
    {
        var provider = await vault.GetAsync(id, context.RequestAborted);
        if (provider is null)
        {
            return Problems.NotFound(id);
        }

        context.Response.Headers.ETag = EntityTags.For(provider.SecretVersion);
        return Results.Ok(ProviderResponse.From(provider));
    }

    private static async Task<IResult> UpdateAsync(Guid id, HttpContext context, ProviderVault vault)
    {
        var (valid, expectedVersion) = EntityTags.ParseIfMatch(context.Request.Headers.IfMatch);
        if (!valid)
        {
            return Problems.BadRequest("If-Match must be one entity tag as returned in ETag, e.g. \"3\", or *.");
        }

        var (body, error) = await RequestBodies.ReadAsync<UpdateProviderRequest>(context.Request);
        if (error is not null)
        {
            return error;
        }

        if (body!.ApiKey is null && body.Name is null && body.Kind is null)
        {
            return Problems.BadRequest("Nothing to change: send apiKey to rotate the key, and/or name or kind.");
        }

        if (body.ApiKey is not null && ApiKeyRules.Explain(body.ApiKey) is { } keyProblem)
        {
            return Problems.BadRequest(keyProblem);
        }

        using var secret = body.ApiKey is null ? null : ProviderSecret.FromString(body.ApiKey);
        UpdateResult result;
        try
        {
            result = await vault.UpdateAsync(id, new ProviderUpdate(secret, body.Name, body.Kind), expectedVersion, Actor(context), context.RequestAborted);
        }
        catch (Exception e) when (Problems.ForVaultWriteError(e) is { } problem)
        {
            return problem;
        }

        switch (result.Outcome)
        {
            case UpdateOutcome.NotFound:
                return Problems.NotFound(id);
            case UpdateOutcome.VersionConflict:
                return Problems.PreconditionFailed(result.CurrentVersion);
            default:
                context.Response.Headers.ETag = EntityTags.For(result.Provider!.SecretVersion);
                return Results.Ok(ProviderResponse.From(result.Provider, result.PreviousFingerprint));
        }
    }

    private static async Task<IResult> DeleteAsync(Guid id, HttpContext context, ProviderVault vault)
    {
        var (valid, expectedVersion) = EntityTags.ParseIfMatch(context.Request.Headers.IfMatch);
        if (!valid)
        {
            return Problems.BadRequest("If-Match must be one entity tag as returned in ETag, e.g. \"3\", or *.");
        }

        return await vault.DeleteAsync(id, expectedVersion, Actor(context), context.RequestAborted) switch
        {
            DeleteOutcome.Deleted => Results.NoContent(),
            DeleteOutcome.NotFound => Problems.NotFound(id),
            _ => Problems.PreconditionFailed(null),
        };
    }

    /// <summary>Who did it, for the audit log: the authenticated user, else the client address.</summary>
    private static string Actor(HttpContext context) =>
        context.User.Identity?.Name is { Length: > 0 } name ? name : $"api:{context.Connection.RemoteIpAddress?.ToString() ?? "local"}";
}
