using Eval752.Guardrails.Detection.Findings;

namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// A secret found in text: its kind (<c>openai</c>, <c>github</c>, …), confidence, span, fingerprint and
/// family. It deliberately has no property holding the value: callers that need to redact use the span.
/// </summary>
internal sealed record SecretFinding(string Kind, SecretConfidence Confidence, int Start, int Length, string Fingerprint, SecretFamily Family = SecretFamily.ProviderKey)
{
    public static SecretFinding Create(SecretDetector detector, string text, int start, int length) =>
        new(detector.Kind, detector.Confidence, start, length, SecretFingerprint.Of(text.Substring(start, length)), detector.Family);

    public override string ToString() => $"{Kind} ({Confidence}) at {Start}, {Length} chars, fingerprint {Fingerprint}";
}
