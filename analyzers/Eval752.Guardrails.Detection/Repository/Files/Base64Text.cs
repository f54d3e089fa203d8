using System;
using System.Text;

namespace Eval752.Guardrails.Detection.Repository.Files;

/// <summary>Base64 that decodes to printable UTF-8 text (a Kubernetes Secret's <c>data:</c> values); null for anything else.</summary>
internal static class Base64Text
{
    public static string? TryDecode(string value)
    {
        if (value.Length < 4 || value.Length % 4 != 0 || value.Length > 64 * 1024)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (!(TokenCharacter(c) || c == '='))
            {
                return null;
            }
        }

        try
        {
            var decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(value));
            foreach (var c in decoded)
            {
                if (char.IsControl(c) && c != '\n' && c != '\r' && c != '\t')
                {
                    return null;
                }
            }

            return decoded;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static bool TokenCharacter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}
