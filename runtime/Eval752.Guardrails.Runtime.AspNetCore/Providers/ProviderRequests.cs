using System.Text;
using System.Text.Json.Serialization;
using Eval752.Guardrails.Runtime.Redaction;

namespace Eval752.Guardrails.Runtime.AspNetCore.Providers;

/// <summary>Body of <c>POST /providers</c>. Unknown fields are rejected (400), so a typo never silently drops a value.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record CreateProviderRequest(string? Name, string? Kind, string? ApiKey)
{
    // The synthesized ToString would print the key (EG0103): a logged or inspected request shows its fingerprint instead.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name).Append(", Kind = ").Append(Kind).Append(", ApiKey = ").Append(Redact.Secret(ApiKey));
        return true;
    }
}

/// <summary>Body of <c>PATCH /providers/{id}</c>: a new API key and/or metadata.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record UpdateProviderRequest(string? Name, string? Kind, string? ApiKey)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name).Append(", Kind = ").Append(Kind).Append(", ApiKey = ").Append(Redact.Secret(ApiKey));
        return true;
    }
}
