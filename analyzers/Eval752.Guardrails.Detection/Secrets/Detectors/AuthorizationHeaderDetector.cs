using System;
using System.Collections.Generic;
using System.Text;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// A literal <c>Authorization</c> value: <c>Bearer &lt;token&gt;</c> with a token of 20+ characters, or
/// <c>Basic &lt;base64&gt;</c> that decodes to <c>user:password</c>.
/// </summary>
internal sealed class AuthorizationHeaderDetector : SecretDetector
{
    public override string Kind => "authorization-header";

    public override SecretConfidence Confidence => SecretConfidence.Medium;

    public override SecretFamily Family => SecretFamily.Credential;

    public override IReadOnlyList<string> Anchors { get; } = new[] { "Bearer ", "bearer ", "Basic ", "basic " };

    public override int Match(string text, int start, string anchor)
    {
        var tokenStart = start + anchor.Length;
        var end = TokenText.RunEnd(text, tokenStart, IsTokenCharacter, 4096);
        var length = end - tokenStart;
        if (length < 20 || !TokenText.HasVariety(text, tokenStart, length, 10) || !CredentialValue.IsReal(text, tokenStart, length))
        {
            return 0;
        }

        return char.ToLowerInvariant(anchor[0]) == 'b' && char.ToLowerInvariant(anchor[1]) == 'a' && !DecodesToUserAndPassword(text.Substring(tokenStart, length))
            ? 0
            : end - start;
    }

    private static bool IsTokenCharacter(char c) => TokenText.IsUrlSafe(c) || c == '.' || c == '~' || c == '+' || c == '/' || c == '=';

    private static bool DecodesToUserAndPassword(string base64)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            var colon = decoded.IndexOf(':');
            return colon > 0 && colon < decoded.Length - 1;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
