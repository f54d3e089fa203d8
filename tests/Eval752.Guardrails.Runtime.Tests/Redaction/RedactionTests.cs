using System.Text;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Secrets;
using Eval752.Guardrails.Testing.Secrets;
using Eval752.Guardrails.Runtime.Redaction;
using Eval752.Guardrails.Runtime.Tests.Support;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eval752.Guardrails.Runtime.Tests.Redaction;

[System.Diagnostics.CodeAnalysis.SuppressMessage("Security.Secrets", "EG0101", Justification = "These tests log secrets on purpose to prove the redacting logger scrubs them.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security.Secrets", "EG0102", Justification = "An exception carrying a planted secret proves exception text is scrubbed.")]
public sealed class RedactionTests
{
    private static readonly string Secret = "plant-" + Guid.NewGuid().ToString("N") + "/+=";

    private static (ILogger Logger, CapturingLoggerProvider Provider, SecretRegistry Registry) CreateLogger()
    {
        var registry = new SecretRegistry();
        registry.Register(Secret);
        var provider = new CapturingLoggerProvider();
        var inner = LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        var factory = new RedactingLoggerFactory(inner, registry);
        return (factory.CreateLogger("test"), provider, registry);
    }

    public static IEnumerable<object[]> Shapes() => SecretShapes.Rows(SecretShapes.All);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void EveryProviderShape_IsRedactedFromFreeText_WithItsKind(string kind, int index)
    {
        var made = SecretShapes.All[index].Make();
        var secret = SecretShapes.SecretPart(kind, made);
        var text = $"calling provider with key=\"{made}\" failed; retrying";

        var redacted = new SecretRegistry().Redact(text);

        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        Assert.Contains($"[redacted:{kind}:{SecretFingerprint.Of(secret)}]", redacted, StringComparison.Ordinal);
        Assert.EndsWith("\" failed; retrying", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_RedactsExactBase64AndUrlEncodedForms_WithTheFingerprint()
    {
        var registry = new SecretRegistry();
        registry.Register(Secret);
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Secret));
        var encoded = Uri.EscapeDataString(Secret);

        var redacted = registry.Redact($"a {Secret} b {base64} c {encoded} d");

        var marker = $"[redacted:{SecretFingerprint.Of(Secret)}]";
        Assert.Equal($"a {marker} b {marker} c {marker} d", redacted);
        Assert.Same("nothing here", registry.Redact("nothing here"));
    }

    [Fact]
    public void ShortValues_AreNotRegistered()
    {
        var registry = new SecretRegistry { DetectProviderShapes = false };
        registry.Register("abc");
        Assert.True(registry.IsEmpty);
        Assert.Equal(0, registry.Count);
    }

    [Fact]
    public void ProviderSecretsOfKnownShape_AreRedactedWithoutBeingRegistered()
    {
        var (logger, provider, _) = CreateLogger();
        var openAi = SecretShapes.OpenAiProjectKey();
        var github = SecretShapes.GitHubClassicToken();

#pragma warning disable CA1848, CA1873
        logger.LogWarning(new HttpRequestException($"401 for {openAi}"), "Upstream rejected {Token}", github);
#pragma warning restore CA1848, CA1873

        Assert.DoesNotContain(openAi, provider.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(github, provider.AllText, StringComparison.Ordinal);
        Assert.Contains($"[redacted:openai:{SecretFingerprint.Of(openAi)}]", provider.AllText, StringComparison.Ordinal);
        Assert.Contains($"[redacted:github:{SecretFingerprint.Of(github)}]", provider.AllText, StringComparison.Ordinal);
        Assert.Empty(SecretScanner.Scan(provider.AllText));
    }

    [Fact]
    public void Logger_RedactsMessagePropertiesScopesAndExceptions()
    {
        var (logger, provider, _) = CreateLogger();

#pragma warning disable CA1848, CA2254, CA1873 // Deliberately logging a secret the way careless code would.
        using (logger.BeginScope("request with {Token}", Secret))
        {
            logger.LogInformation("Calling provider with key {ApiKey}", Secret);
            logger.LogWarning(new InvalidOperationException($"Provider rejected key {Secret}"), "Call failed");
            logger.LogInformation("Config {Config}", new { ApiKey = Secret });
            logger.LogInformation($"Interpolated {Secret}");
        }
#pragma warning restore CA1848, CA2254, CA1873

        Assert.Equal(4, provider.Entries.Count);
        Assert.DoesNotContain(Secret, provider.AllText, StringComparison.Ordinal);
        Assert.Contains($"[redacted:{SecretFingerprint.Of(Secret)}]", provider.AllText, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", provider.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void Logger_PassesEntriesWithoutSecretsThroughUnchanged()
    {
        var (logger, provider, _) = CreateLogger();

#pragma warning disable CA1848, CA1873
        logger.LogInformation("Provider {Name} rotated", "openai-main");
#pragma warning restore CA1848, CA1873

        Assert.Equal("Provider openai-main rotated | Name=openai-main | {OriginalFormat}=Provider {Name} rotated", Assert.Single(provider.Entries));
    }

    [Fact]
    public void ComplianceRedactor_ForTheSecretClassification_WritesTheFingerprint()
    {
        using var services = new ServiceCollection()
            .AddRedaction(b => b.SetRedactor<FingerprintRedactor>(Eval752DataClassifications.Secret))
            .BuildServiceProvider();
        var redactor = services.GetRequiredService<IRedactorProvider>().GetRedactor(Eval752DataClassifications.Secret);

        Assert.Equal($"[redacted:{SecretFingerprint.Of(Secret)}]", redactor.Redact(Secret));
        Assert.Equal(string.Empty, redactor.Redact(string.Empty));
    }
}
