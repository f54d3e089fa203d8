namespace Eval752.Guardrails.Runtime.Vault;

/// <summary>The limits the schema enforces on provider metadata, checked first so callers get a clear message (HTTP 400).</summary>
public static class ProviderFields
{
    public const int MaxNameLength = 200;
    public const int MaxKindLength = 100;

    /// <summary>Throws <see cref="ArgumentException"/> naming the field and the limit.</summary>
    public static void Validate(string? name, string? kind, bool required = true)
    {
        Check(name, "name", MaxNameLength, required);
        Check(kind, "kind", MaxKindLength, required);
    }

    private static void Check(string? value, string field, int max, bool required)
    {
        if (value is null && !required)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value) || value.Length > max || value.Trim().Length != value.Length)
        {
            throw new ArgumentException($"Provider {field} must be 1 to {max} characters without leading or trailing spaces.", field);
        }
    }
}
