using Eval752.Guardrails.Detection.Findings;

namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// A secret found in text: its kind (<c>openai</c>, <c>github</c>, …), confidence, span and fingerprint.
/// It deliberately has no property holding the value: callers that need to redact use the span.
/// </summary>
internal sealed class SecretFinding
{
    public SecretFinding(string kind, SecretConfidence confidence, int start, int length, string fingerprint, SecretFamily family = SecretFamily.ProviderKey)
    {
        Family = family;
        Kind = kind;
        Confidence = confidence;
        Start = start;
        Length = length;
        Fingerprint = fingerprint;
    }

    public SecretFamily Family { get; }

    public string Kind { get; }

    public SecretConfidence Confidence { get; }

    public int Start { get; }

    public int Length { get; }

    public string Fingerprint { get; }

    public static SecretFinding Create(SecretDetector detector, string text, int start, int length) =>
        new(detector.Kind, detector.Confidence, start, length, SecretFingerprint.Of(text.Substring(start, length)), detector.Family);

    public override string ToString() => $"{Kind} ({Confidence}) at {Start}, {Length} chars, fingerprint {Fingerprint}";
}
