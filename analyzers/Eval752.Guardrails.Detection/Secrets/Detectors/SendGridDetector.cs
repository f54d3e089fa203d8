using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>SendGrid API keys: <c>SG.</c>, 22 URL-safe characters, <c>.</c>, 43 URL-safe characters.</summary>
internal sealed class SendGridDetector : SecretDetector
{
    public override string Kind => "sendgrid";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "SG." };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        var first = TokenText.RunEnd(text, bodyStart, TokenText.IsUrlSafe, 22);
        if (first - bodyStart != 22 || first >= text.Length || text[first] != '.')
        {
            return 0;
        }

        var second = TokenText.RunEnd(text, first + 1, TokenText.IsUrlSafe, 43);
        return second - (first + 1) == 43 && TokenText.EndsToken(text, second, TokenText.IsUrlSafe) && TokenText.HasVariety(text, first + 1, 43, 12)
            ? second - start
            : 0;
    }
}
