using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>Google API keys: <c>AIza</c> and 35 URL-safe characters.</summary>
internal sealed class GoogleApiKeyDetector : SecretDetector
{
    private const int BodyLength = 35;

    public override string Kind => "google-api-key";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "AIza" };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        var end = TokenText.RunEnd(text, bodyStart, TokenText.IsUrlSafe, BodyLength);
        var valid = end - bodyStart == BodyLength
            && TokenText.EndsToken(text, end, TokenText.IsUrlSafe)
            && TokenText.HasVariety(text, bodyStart, BodyLength, 12);
        return valid ? end - start : 0;
    }
}
