using System.Text.Json.Serialization;

namespace Eval752.Guardrails.Runtime.AspNetCore.Providers;

/// <summary>Body of <c>POST /providers</c>. Unknown fields are rejected (400), so a typo never silently drops a value.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record CreateProviderRequest(string? Name, string? Kind, string? ApiKey);

/// <summary>Body of <c>PATCH /providers/{id}</c>: a new API key and/or metadata.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record UpdateProviderRequest(string? Name, string? Kind, string? ApiKey);
