using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using Eval752.Guardrails.Detection.Secrets.Detectors;

namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// Finds provider secrets of known shapes in text in one pass: a table indexed by the first two
/// characters selects the few anchors that can start at each position, and only an anchor hit runs its detector's bounded
/// structural check. No regular expressions; time is linear in the text (each check reads a capped
/// number of characters). Tokens that say they are placeholders (EXAMPLE, xxxx…) are not findings.
/// </summary>
internal static class SecretScanner
{
    private static readonly SecretDetector[] Detectors =
    {
        new OpenAiDetector(),
        new AnthropicDetector(),
        new HuggingFaceDetector(),
        new GitHubDetector(),
        new AwsAccessKeyDetector(),
        new SlackDetector(),
        new StripeDetector(),
        new GoogleApiKeyDetector(),
        new FixedBodyDetector("groq", "gsk_", TokenText.IsAlphanumeric, 52),
        new LangSmithDetector(),
        new SendGridDetector(),
        new JwtDetector(),
        new PrivateKeyDetector(),
        new AzureKeyDetector(),
        new ConnectionStringPasswordDetector(),
        new UrlCredentialsDetector(),
        new AuthorizationHeaderDetector(),
    };

    private static readonly string[] PlaceholderWords = { "example", "xxxxxxxx", "placeholder", "dummy", "sample", "redacted", "changeme", "your_", "your-" };

    private static readonly (string Anchor, SecretDetector Detector)[]?[] ByFirstCharacters = BuildAnchorTable();

    public static IReadOnlyList<SecretDetector> All => Detectors;

    [MethodImpl(Hot.Loop)]
    public static IReadOnlyList<SecretFinding> Scan(string text)
    {
        List<SecretFinding>? findings = null;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var first = text[i];
            var second = text[i + 1];
            var candidates = first < 128 && second < 128 ? ByFirstCharacters[(first << 7) | second] : null;
            if (candidates is null || !TokenText.StartsToken(text, i))
            {
                continue;
            }

            var bestLength = 0;
            SecretDetector? best = null;
            foreach (var (anchor, detector) in candidates)
            {
                if (i + anchor.Length <= text.Length && string.CompareOrdinal(text, i, anchor, 0, anchor.Length) == 0)
                {
                    var length = detector.Match(text, i, anchor);
                    if (length > bestLength)
                    {
                        bestLength = length;
                        best = detector;
                    }
                }
            }

            if (best is null || IsPlaceholder(text, i, bestLength))
            {
                continue;
            }

            (findings ??= new List<SecretFinding>()).Add(SecretFinding.Create(best, text, i, bestLength));
            i += bestLength - 1;
        }

        return (IReadOnlyList<SecretFinding>?)findings ?? Array.Empty<SecretFinding>();
    }

    private static bool IsPlaceholder(string text, int start, int length)
    {
        foreach (var word in PlaceholderWords)
        {
            if (TokenText.ContainsOrdinalIgnoreCase(text, start, length, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Anchors by their first two (ASCII) characters: 16,384 slots, almost all empty.</summary>
    private static (string, SecretDetector)[]?[] BuildAnchorTable()
    {
        var lists = new List<(string, SecretDetector)>?[128 * 128];
        foreach (var detector in Detectors)
        {
            foreach (var anchor in detector.Anchors)
            {
                (lists[(anchor[0] << 7) | anchor[1]] ??= new List<(string, SecretDetector)>()).Add((anchor, detector));
            }
        }

        var table = new (string, SecretDetector)[]?[lists.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            table[i] = lists[i]?.ToArray();
        }

        return table;
    }
}
