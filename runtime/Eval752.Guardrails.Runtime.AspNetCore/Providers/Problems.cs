using Eval752.Guardrails.Runtime.Vault;
using Microsoft.AspNetCore.Http;

namespace Eval752.Guardrails.Runtime.AspNetCore.Providers;

/// <summary>Problem-details responses (RFC 9457). Details are written by this code, never copied from input.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");

    public static IResult NotFound(Guid id) => Results.Problem($"No provider has id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Provider not found");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static IResult PreconditionFailed(long? currentVersion) => Results.Problem(
        currentVersion is { } version
            ? $"The provider's secret version is {version}, not the one in If-Match; reload it and retry."
            : "The If-Match precondition does not hold.",
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "Precondition failed");

    public static IResult Unavailable(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Vault unavailable");

    /// <summary>
    /// The response for a vault write that failed on the caller's input or the vault's state, or null for
    /// anything else (which must propagate): invalid fields, a duplicate name, no usable active key.
    /// </summary>
    public static IResult? ForVaultWriteError(Exception exception) => exception switch
    {
        ArgumentException => BadRequest(exception.Message),
        DuplicateProviderNameException => Conflict(exception.Message),
        ActiveKeyUnavailableException => Unavailable(exception.Message),
        _ => null,
    };
}
