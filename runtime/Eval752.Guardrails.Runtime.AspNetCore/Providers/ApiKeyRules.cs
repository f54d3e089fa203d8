namespace Eval752.Guardrails.Runtime.AspNetCore.Providers;

/// <summary>What an API key in a request must look like. Messages describe the rule, never the value.</summary>
internal static class ApiKeyRules
{
    public const int MaxLength = 4096;

    public static string? Explain(string? apiKey)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            return "apiKey is required and must not be empty.";
        }

        if (apiKey.Length > MaxLength)
        {
            return $"apiKey is longer than {MaxLength} characters.";
        }

        return apiKey.Any(char.IsControl) || apiKey.Trim().Length != apiKey.Length
            ? "apiKey contains control characters or leading/trailing whitespace; paste the key alone."
            : null;
    }
}
