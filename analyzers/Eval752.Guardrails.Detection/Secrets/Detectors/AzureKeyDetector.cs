using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// Azure keys inside connection strings: storage <c>AccountKey=</c> (64 bytes, 88 base64 characters) and
/// Service Bus / Event Hubs / Redis <c>SharedAccessKey=</c> / <c>password=</c>-style 32-byte keys (44 characters).
/// </summary>
internal sealed class AzureKeyDetector : SecretDetector
{
    public override string Kind => "azure-key";

    public override IReadOnlyList<string> Anchors { get; } = new[] { "AccountKey=", "SharedAccessKey=" };

    public override int Match(string text, int start, string anchor)
    {
        var bodyStart = start + anchor.Length;
        var end = TokenText.RunEnd(text, bodyStart, IsBase64, 100);
        var length = end - bodyStart;
        var valid = (length == 88 || length == 44)
            && text[end - 1] == '='
            && TokenText.EndsToken(text, end, IsBase64)
            && TokenText.HasVariety(text, bodyStart, length, 16);
        return valid ? end - start : 0;
    }

    private static bool IsBase64(char c) => TokenText.IsAlphanumeric(c) || c == '+' || c == '/' || c == '=';
}
