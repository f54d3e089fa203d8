namespace Eval752.Guardrails.Detection.Keys;

/// <summary>
/// The playbook's format for ENCRYPTION_KEY: exactly 64 hexadecimal characters (32 bytes).
/// Reasons describe the shape only, never the value.
/// </summary>
internal static class EncryptionKeyFormat
{
    public const int HexLength = 64;

    public const string VariableName = "ENCRYPTION_KEY";

    /// <summary>The documented placeholder: shows the format without being a key.</summary>
    public static readonly string Placeholder = new('0', HexLength);

    /// <summary>Returns null when <paramref name="value"/> has the format, else why it does not.</summary>
    public static string? Explain(string value)
    {
        if (value.Length == 0)
        {
            return "it is empty";
        }

        if (value.Length != HexLength)
        {
            return $"it has {value.Length} characters";
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (!IsHexDigit(value[i]))
            {
                return $"character {i + 1} is not a hexadecimal digit";
            }
        }

        return null;
    }

    public static bool IsHexDigit(char c) =>
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
