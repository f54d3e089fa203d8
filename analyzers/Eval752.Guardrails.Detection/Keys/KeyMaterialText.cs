namespace Eval752.Guardrails.Detection.Keys;

/// <summary>
/// Shape checks for text and bytes that may be symmetric key material. Linear scans, no regex.
/// </summary>
internal static class KeyMaterialText
{
    /// <summary>16 bytes: the smallest AES key.</summary>
    public const int MinimumKeyBytes = 16;

    /// <summary>
    /// True for hex of at least 16 bytes or base64 decoding to at least 16 bytes, unless the text is a
    /// format placeholder (one repeated character, as the playbook's 64 zeros).
    /// </summary>
    public static bool LooksLikeKeyText(string text)
    {
        if (text.Length < MinimumKeyBytes * 4 / 3 || IsOneRepeatedCharacter(text))
        {
            return false;
        }

        return IsHex(text)
            ? text.Length >= MinimumKeyBytes * 2
            : DecodedBase64Length(text) >= MinimumKeyBytes && HasRandomLookingMix(text);
    }

    /// <summary>
    /// Random base64 of 16+ bytes nearly always mixes upper case, lower case and a digit or symbol;
    /// names and paths made of the same alphabet (<c>ENCRYPTION_KEYS_PREVIOUS</c>,
    /// <c>ConnectionStrings__Vault</c>) do not.
    /// </summary>
    private static bool HasRandomLookingMix(string text)
    {
        bool upper = false, lower = false, other = false;
        foreach (var c in text)
        {
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            other |= (c >= '0' && c <= '9') || c == '+' || c == '/';
        }

        return upper && lower && other;
    }

    public static bool IsHex(string text)
    {
        if (text.Length == 0 || text.Length % 2 != 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!EncryptionKeyFormat.IsHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Decoded length of canonical base64 (standard or URL alphabet), or -1 when it is not base64.</summary>
    public static int DecodedBase64Length(string text)
    {
        var length = text.Length;
        var padding = 0;
        while (length > 0 && text[length - 1] == '=' && padding < 2)
        {
            length--;
            padding++;
        }

        if (length == 0 || (padding > 0 && text.Length % 4 != 0) || length % 4 == 1)
        {
            return -1;
        }

        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            var valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '+' || c == '/' || c == '-' || c == '_';
            if (!valid)
            {
                return -1;
            }
        }

        return length * 3 / 4;
    }

    /// <summary>
    /// True for all-zero bytes and counting sequences (0,1,2,… or any start, step 1): the shapes
    /// published test vectors use, never real keys.
    /// </summary>
    public static bool IsZeroOrCounting(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return true;
        }

        var allZero = true;
        var counting = true;
        for (var i = 0; i < bytes.Length; i++)
        {
            allZero &= bytes[i] == 0;
            counting &= bytes[i] == (byte)(bytes[0] + i);
        }

        return allZero || counting;
    }

    /// <summary>
    /// True when the text repeats a unit of at most 16 characters from start to end (<c>0123456789abcdef</c>
    /// four times, <c>abab…</c>): how people write format placeholders, never how a generator writes keys.
    /// </summary>
    public static bool IsShortRepetition(string text)
    {
        for (var period = 1; period <= 16 && period * 2 <= text.Length; period++)
        {
            var repeats = true;
            for (var i = period; i < text.Length && repeats; i++)
            {
                repeats = text[i] == text[i - period];
            }

            if (repeats)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneRepeatedCharacter(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.ToLowerInvariant(text[i]) != char.ToLowerInvariant(text[0]))
            {
                return false;
            }
        }

        return true;
    }
}
