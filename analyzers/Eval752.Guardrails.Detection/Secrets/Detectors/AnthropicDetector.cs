using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>Anthropic API and admin keys: <c>sk-ant-api03-</c> / <c>sk-ant-admin01-</c>, 93 URL-safe characters, then <c>AA</c>.</summary>
internal sealed class AnthropicDetector : SecretDetector
{
    private const int BodyLength = 95;

    public override string Kind => "anthropic";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "sk-ant-api03-", "sk-ant-admin01-" };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        var end = TokenText.RunEnd(text, bodyStart, TokenText.IsUrlSafe, BodyLength + 1);
        var valid = end - bodyStart == BodyLength
            && text[end - 1] == 'A' && text[end - 2] == 'A'
            && TokenText.HasVariety(text, bodyStart, BodyLength, 16);
        return valid ? end - start : 0;
    }
}
