using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Runtime.AspNetCore.Providers;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Runtime.AspNetCore.Tests;

/// <summary>A request body that reaches a log or a debugger shows which key it carried, never the key (EG0103).</summary>
public sealed class ProviderRequestsTests
{
    [Fact]
    public void RequestRecords_PrintTheKeysFingerprint_NotTheKey()
    {
        var key = SecretShapes.OpenAiProjectKey();

        var created = new CreateProviderRequest("main", "openai", key).ToString();
        var updated = new UpdateProviderRequest(null, null, key).ToString();

        Assert.Equal($"CreateProviderRequest {{ Name = main, Kind = openai, ApiKey = [redacted:{SecretFingerprint.Of(key)}] }}", created);
        Assert.DoesNotContain(key, updated, StringComparison.Ordinal);
        Assert.Contains(SecretFingerprint.Of(key), updated, StringComparison.Ordinal);
    }
}
