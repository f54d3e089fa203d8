using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Eval752.Guardrails.Runtime.AspNetCore.Providers;

/// <summary>
/// Reads request bodies strictly: JSON only, unknown fields rejected, bounded size. Errors say where the
/// body is wrong (a JSON path), never what it contained.
/// </summary>
internal static class RequestBodies
{
    /// <summary>Generous for metadata plus a 4 KB key; anything larger is not a provider request.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, Problems.BadRequest($"The request body is larger than {MaxBytes / 1024} KB."));
        }

        if (!request.HasJsonContentType())
        {
            return (null, Problems.BadRequest("The request body must be JSON (Content-Type: application/json)."));
        }

        try
        {
            using var limited = new MemoryStream();
            await request.Body.CopyToAsync(limited, request.HttpContext.RequestAborted);
            if (limited.Length > MaxBytes)
            {
                return (null, Problems.BadRequest($"The request body is larger than {MaxBytes / 1024} KB."));
            }

            limited.Position = 0;
            var body = await JsonSerializer.DeserializeAsync<T>(limited, Options, request.HttpContext.RequestAborted);
            return body is null ? (null, Problems.BadRequest("The request body must be a JSON object.")) : (body, null);
        }
        catch (JsonException e)
        {
            // JsonException messages can quote the offending token; report only where it is.
            return (null, Problems.BadRequest($"The request body is not valid for this endpoint (at {e.Path ?? "$"}): use a JSON object with the documented fields only."));
        }
    }
}
