using System.Text.Json;
using System.Text.Json.Serialization;

namespace Eval752.Guardrails.Runtime.Secrets;

/// <summary>
/// Reads a JSON string into a <see cref="ProviderSecret"/> (request bodies) and writes only a redaction
/// marker with the fingerprint: serializing a secret by accident never emits it.
/// </summary>
public sealed class ProviderSecretJsonConverter : JsonConverter<ProviderSecret>
{
    public override ProviderSecret? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A provider secret must be a JSON string.");
        }

        return ProviderSecret.FromString(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, ProviderSecret value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue($"[redacted:{value.Fingerprint}]");
    }
}
