using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>Hugging Face user tokens (<c>hf_</c>) and organisation tokens (<c>api_org_</c>): 34 letters.</summary>
internal sealed class HuggingFaceDetector : SecretDetector
{
    private const int BodyLength = 34;

    public override string Kind => "huggingface";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "hf_", "api_org_" };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        var end = TokenText.RunEnd(text, bodyStart, TokenText.IsLetter, BodyLength);
        var valid = end - bodyStart == BodyLength
            && TokenText.EndsToken(text, end, TokenText.IsUrlSafe)
            && TokenText.HasVariety(text, bodyStart, BodyLength, 12);
        return valid ? end - start : 0;
    }
}
