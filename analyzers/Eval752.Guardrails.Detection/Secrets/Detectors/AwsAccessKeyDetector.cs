using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// AWS access key ids (<c>AKIA</c> long-term, <c>ASIA</c> temporary, <c>ABIA</c>, <c>ACCA</c>): 16 more
/// upper-case base32 characters. AWS's documented examples end in <c>EXAMPLE</c> and are not reported.
/// </summary>
internal sealed class AwsAccessKeyDetector : SecretDetector
{
    private const int BodyLength = 16;

    public override string Kind => "aws-access-key-id";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "AKIA", "ASIA", "ABIA", "ACCA" };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        var end = TokenText.RunEnd(text, bodyStart, TokenText.IsUpperBase32, BodyLength);
        var valid = end - bodyStart == BodyLength
            && TokenText.EndsToken(text, end, TokenText.IsAlphanumeric)
            && !TokenText.ContainsOrdinalIgnoreCase(text, bodyStart, BodyLength, "EXAMPLE")
            && TokenText.HasVariety(text, bodyStart, BodyLength, 8);
        return valid ? end - start : 0;
    }
}
