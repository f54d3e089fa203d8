namespace Eval752.Guardrails.Detection.Repository.Files;

/// <summary>
/// A value a structured reader found in a repository file, with the key it is stored under.
/// <see cref="Key"/> is the nearest name (<c>ApiKey</c>, <c>OPENAI_API_KEY</c>) that classifies the value;
/// <see cref="Path"/> is how a person finds it (<c>Providers:OpenAI:ApiKey</c>); <see cref="Offset"/> is where
/// the value starts in the file's text (after any quote).
/// </summary>
internal readonly struct KeyedValue
{
    public KeyedValue(string key, string path, string value, int offset)
    {
        Key = key;
        Path = path;
        Value = value;
        Offset = offset;
    }

    public string Key { get; }

    public string Path { get; }

    public string Value { get; }

    public int Offset { get; }
}

/// <summary>How structured readers name a value for classification.</summary>
internal static class KeyNames
{
    /// <summary>
    /// The key a value is classified by: its own, or for the generic <c>Key</c>/<c>Value</c> its parent's name with
    /// it (<c>Jwt:Key</c> → <c>JwtKey</c>, <c>ApiKey:Value</c> → <c>ApiKeyValue</c>), since that is what it names
    /// (<c>Cache:Key</c> → <c>CacheKey</c> stays no secret).
    /// </summary>
    public static string Qualified(string? parent, string key) =>
        parent is { Length: > 0 } && (string.Equals(key, "key", System.StringComparison.OrdinalIgnoreCase) || string.Equals(key, "value", System.StringComparison.OrdinalIgnoreCase))
            ? parent + "_" + key
            : key;
}

