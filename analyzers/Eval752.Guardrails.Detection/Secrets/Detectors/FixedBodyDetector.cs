using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>A provider whose keys are an anchor and a body of one character class and fixed length.</summary>
internal sealed class FixedBodyDetector : SecretDetector
{
    private readonly Func<char, bool> accept;
    private readonly int bodyLength;

    public FixedBodyDetector(string kind, string anchor, Func<char, bool> accept, int bodyLength)
    {
        Kind = kind;
        Anchors = new[] { anchor };
        this.accept = accept;
        this.bodyLength = bodyLength;
    }

    public override string Kind { get; }

    public override IReadOnlyList<string> Anchors { get; }

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        var end = TokenText.RunEnd(text, bodyStart, accept, bodyLength);
        var valid = end - bodyStart == bodyLength
            && TokenText.EndsToken(text, end, TokenText.IsUrlSafe)
            && TokenText.HasVariety(text, bodyStart, bodyLength, Math.Min(12, bodyLength / 2));
        return valid ? end - start : 0;
    }
}
