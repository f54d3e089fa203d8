using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>Stripe secret and restricted keys (<c>sk_live_</c>, <c>rk_live_</c>, and test-mode twins) and webhook secrets (<c>whsec_</c>).</summary>
internal sealed class StripeDetector : SecretDetector
{
    public override string Kind => "stripe";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "sk_live_", "rk_live_", "sk_test_", "rk_test_", "whsec_" };

    // Test keys Stripe's own API reference prints for every reader: public samples, never a leak.
    private static readonly string[] DocumentedKeys = { "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2" };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        var end = TokenText.RunEnd(text, bodyStart, TokenText.IsAlphanumeric, 250);
        var valid = end - bodyStart >= 24
            && TokenText.EndsToken(text, end, TokenText.IsUrlSafe)
            && TokenText.HasVariety(text, bodyStart, end - bodyStart, 12);
        return valid && !IsDocumented(text, start, end - start) ? end - start : 0;
    }

    private static bool IsDocumented(string text, int start, int length)
    {
        foreach (var key in DocumentedKeys)
        {
            if (key.Length == length && TokenText.HasAt(text, start, key))
            {
                return true;
            }
        }

        return false;
    }
}
