using Eval752.Guardrails.Runtime.Redaction;

namespace Eval752.Guardrails.Runtime.Tests.Redaction;

public sealed class RegistryCapacityTests
{
    [Fact]
    public void OnlyTheNewestSecretsAreKept_UpToCapacity()
    {
        var registry = new SecretRegistry { Capacity = 2, DetectProviderShapes = false };
        // A "/" makes the URL-encoded form differ, so each secret has three forms.
        var secrets = Enumerable.Range(0, 3).Select(i => $"secret/number-{i}-{Guid.NewGuid():N}").ToArray();

        foreach (var secret in secrets)
        {
            registry.Register(secret);
        }

        registry.Register(secrets[2]);
        Assert.Equal(6, registry.Count);
        Assert.False(registry.ContainsSecret(secrets[0]));
        Assert.True(registry.ContainsSecret(secrets[1]));
        Assert.True(registry.ContainsSecret(secrets[2]));
    }
}
