using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// Slack tokens (<c>xoxb-</c>, <c>xoxp-</c>, <c>xoxa-</c>, <c>xoxr-</c>, <c>xoxe-</c>, <c>xapp-</c>): numeric
/// segments then a random tail; and incoming webhooks (<c>https://hooks.slack.com/services/T…/B…/…</c>).
/// </summary>
internal sealed class SlackDetector : SecretDetector
{
    private const string Webhook = "https://hooks.slack.com/services/";

    public override string Kind => "slack";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxe-", "xapp-", Webhook };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        if (anchor == Webhook)
        {
            return WebhookLength(text, start, bodyStart);
        }

        // Segments separated by '-': at least one all-digit segment and a random tail of 20+ characters.
        var end = TokenText.RunEnd(text, bodyStart, c => TokenText.IsAlphanumeric(c) || c == '-', 250);
        var lastDash = text.LastIndexOf('-', end - 1, end - bodyStart);
        var tailLength = end - (lastDash < bodyStart ? bodyStart : lastDash + 1);
        var hasDigits = lastDash > bodyStart && TokenText.IsDigit(text[bodyStart]);
        return hasDigits && tailLength >= 20 && TokenText.HasVariety(text, end - tailLength, tailLength, 10) ? end - start : 0;
    }

    private static int WebhookLength(string text, int start, int position)
    {
        foreach (var prefix in new[] { 'T', 'B' })
        {
            if (position >= text.Length || text[position] != prefix)
            {
                return 0;
            }

            var segmentEnd = TokenText.RunEnd(text, position + 1, TokenText.IsAlphanumeric, 20);
            if (segmentEnd - position < 9 || segmentEnd >= text.Length || text[segmentEnd] != '/')
            {
                return 0;
            }

            position = segmentEnd + 1;
        }

        var end = TokenText.RunEnd(text, position, TokenText.IsAlphanumeric, 40);
        return end - position >= 24 && TokenText.HasVariety(text, position, end - position, 10) ? end - start : 0;
    }
}
