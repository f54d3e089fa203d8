using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Runtime.Redaction;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Runtime.Tests.Redaction;

public sealed class RedactTests
{
    [Fact]
    public void Secret_ShowsTheFingerprint_NeverTheValue()
    {
        var key = SecretShapes.OpenAiProjectKey();

        var shown = Redact.Secret(key);

        Assert.Equal($"[redacted:{SecretFingerprint.Of(key)}]", shown);
        Assert.DoesNotContain(key[8..20], shown, StringComparison.Ordinal);
        Assert.Equal(shown, Redact.Secret(System.Text.Encoding.UTF8.GetBytes(key)));
    }

    [Fact]
    public void DifferentSecrets_GetDifferentFingerprints() =>
        Assert.NotEqual(Redact.Secret(SecretShapes.OpenAiProjectKey()), Redact.Secret(SecretShapes.OpenAiProjectKey()));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void NothingToRedact_SaysSo(string? value) => Assert.Equal("[empty]", Redact.Secret(value));
}
