using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// OpenAI API keys: legacy <c>sk-</c> and project/service-account/admin keys (<c>sk-proj-</c>,
/// <c>sk-svcacct-</c>, <c>sk-admin-</c>). All carry the base64 of "OpenAI" (<c>T3BlbkFJ</c>) between
/// two random segments of at least 20 characters.
/// </summary>
internal sealed class OpenAiDetector : SecretDetector
{
    private const string Marker = "T3BlbkFJ";
    private const int MinimumSegment = 20;

    public override string Kind => "openai";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "sk-proj-", "sk-svcacct-", "sk-admin-", "sk-None-", "sk-" };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        var end = TokenText.RunEnd(text, bodyStart, TokenText.IsUrlSafe, 400);
        var marker = text.IndexOf(Marker, bodyStart, end - bodyStart, System.StringComparison.Ordinal);
        if (marker < 0 || marker - bodyStart < MinimumSegment || end - (marker + Marker.Length) < MinimumSegment
            || !TokenText.HasVariety(text, bodyStart, end - bodyStart, 12))
        {
            return 0;
        }

        return end - start;
    }
}
