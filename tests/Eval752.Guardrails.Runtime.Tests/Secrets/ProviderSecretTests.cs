using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Eval752.Guardrails.Runtime.Secrets;

namespace Eval752.Guardrails.Runtime.Tests.Secrets;

public sealed class ProviderSecretTests
{
    private static readonly string Value = "secret-value-" + Guid.NewGuid().ToString("N");

    [Fact]
    public void TextForms_ShowFingerprintAndLength_NeverTheValue()
    {
        using var secret = ProviderSecret.FromString(Value);

        Assert.Equal($"ProviderSecret(fingerprint={secret.Fingerprint}, length={Value.Length})", secret.ToString());
        Assert.Equal(16, secret.Fingerprint.Length);
        Assert.Equal("{ToString(),nq}", typeof(ProviderSecret).GetCustomAttribute<DebuggerDisplayAttribute>()!.Value);
    }

    [Fact]
    public void JsonSerialization_WritesARedactionMarker_AndReadsTheValue()
    {
        using var secret = ProviderSecret.FromString(Value);

        var json = JsonSerializer.Serialize(new { apiKey = secret });
        using var read = JsonSerializer.Deserialize<Body>($$"""{"apiKey":"{{Value}}"}""")!.ApiKey;

        Assert.Equal($$"""{"apiKey":"[redacted:{{secret.Fingerprint}}]"}""", json);
        Assert.Equal(Value, read.Reveal());
    }

    [Fact]
    public void Dispose_WipesTheValue()
    {
        var secret = ProviderSecret.FromString(Value);
        secret.Dispose();
        Assert.Throws<ObjectDisposedException>(() => secret.Reveal());
    }

    private sealed record Body([property: System.Text.Json.Serialization.JsonPropertyName("apiKey")] ProviderSecret ApiKey);
}
