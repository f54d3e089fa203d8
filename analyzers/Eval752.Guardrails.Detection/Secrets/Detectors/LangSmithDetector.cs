using System.Collections.Generic;
using Eval752.Guardrails.Detection.Keys;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>LangSmith keys: <c>lsv2_pt_</c> (personal) or <c>lsv2_sk_</c> (service), 32 hex, <c>_</c>, 10 hex.</summary>
internal sealed class LangSmithDetector : SecretDetector
{
    public override string Kind => "langsmith";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "lsv2_pt_", "lsv2_sk_" };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        var first = TokenText.RunEnd(text, bodyStart, EncryptionKeyFormat.IsHexDigit, 32);
        if (first - bodyStart != 32 || first >= text.Length || text[first] != '_')
        {
            return 0;
        }

        var second = TokenText.RunEnd(text, first + 1, EncryptionKeyFormat.IsHexDigit, 10);
        return second - (first + 1) == 10 && TokenText.EndsToken(text, second, TokenText.IsUrlSafe) && TokenText.HasVariety(text, bodyStart, 32, 8)
            ? second - start
            : 0;
    }
}
