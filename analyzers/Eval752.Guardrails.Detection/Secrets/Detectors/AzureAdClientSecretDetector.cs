using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Eval752.Guardrails.Detection.Secrets.Detectors;

/// <summary>
/// Microsoft Entra ID (Azure AD) application client secrets: 37-40 characters of <c>[A-Za-z0-9_~.-]</c> whose
/// fourth character is a digit followed by the marker <c>Q~</c> (<c>abc8Q~…</c>), the format the portal has
/// issued since 2021. The marker sits inside the token, so there is no anchor: the scanner asks
/// <see cref="MatchAtTokenStart"/> at every token start, which reads two characters before anything else.
/// </summary>
internal sealed class AzureAdClientSecretDetector : SecretDetector
{
    private const int MinimumLength = 37;
    private const int MaximumLength = 40;

    public static AzureAdClientSecretDetector Instance { get; } = new();

    public override string Kind => "azure-ad-client-secret";

    public override IReadOnlyList<string> Anchors { get; } = Array.Empty<string>();

    public override int Match(string text, int start, string anchor) => MatchAt(text, start);

    /// <summary>
    /// The secret's length when one starts at <paramref name="tokenStart"/> or just before it (a secret may begin with
    /// up to three '.' or '~', which do not start a token); its start in <paramref name="start"/>.
    /// </summary>
    [MethodImpl(Hot.Loop)]
    public static int MatchAtTokenStart(string text, int tokenStart, out int start)
    {
        start = tokenStart;
        for (var back = 0; back <= 3 && start >= 0; back++, start--)
        {
            if (back > 0 && text[start] is not ('.' or '~'))
            {
                break;
            }

            if (HasMarker(text, start))
            {
                return MatchAt(text, start);
            }
        }

        return 0;
    }

    private static bool HasMarker(string text, int start) =>
        start + 5 < text.Length && text[start + 5] == '~' && text[start + 4] == 'Q' && TokenText.IsDigit(text[start + 3]);

    private static int MatchAt(string text, int start)
    {
        if (start > 0 && !IsBoundary(text[start - 1]))
        {
            return 0;
        }

        var end = TokenText.RunEnd(text, start, IsSecretCharacter, MaximumLength);
        var length = end - start;
        return length is >= MinimumLength and <= MaximumLength
            && IsSecretCharacter(text[start]) && IsSecretCharacter(text[start + 1]) && IsSecretCharacter(text[start + 2])
            && TokenText.HasVariety(text, start + 6, length - 6, 16)
            ? length
            : 0;
    }

    private static bool IsSecretCharacter(char c) => TokenText.IsUrlSafe(c) || c == '~' || c == '.';

    // What can stand before a value: quotes, whitespace, assignment and list punctuation (not a path or a word).
    private static bool IsBoundary(char c) => c is '"' or '\'' or '`' or ' ' or '\t' or '\n' or '\r' or '=' or ':' or '(' or ',' or '>' or '[' or '{' or '\\';
}
