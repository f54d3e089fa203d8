using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Eval752.Guardrails.Runtime.Keys;

/// <summary>
/// The public name of a master key: the first 4 bytes of HMAC-SHA256(key, "eval752/key-id/v1").
/// Every service derives the same id from the same key with no coordination; the id reveals nothing
/// usable about the key. Printed as 8 lowercase hex characters.
/// </summary>
public readonly record struct KeyId(uint Value)
{
    private static readonly byte[] Label = Encoding.ASCII.GetBytes("eval752/key-id/v1");

    public static KeyId Derive(ReadOnlySpan<byte> keyMaterial)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(keyMaterial, Label, mac);
        return new KeyId(BinaryPrimitives.ReadUInt32BigEndian(mac));
    }

    public static KeyId Read(ReadOnlySpan<byte> bytes) => new(BinaryPrimitives.ReadUInt32BigEndian(bytes));

    public static KeyId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a key id: expected 8 hex characters, as `eval752-guard vault status` prints them.");

    public static bool TryParse(string? text, out KeyId id)
    {
        var ok = text is { Length: 8 } && uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value);
        id = ok ? new KeyId(uint.Parse(text!, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)) : default;
        return ok;
    }

    /// <summary>The id as PostgreSQL stores it (int4, same 32 bits).</summary>
    public int ToDatabase() => unchecked((int)Value);

    public static KeyId FromDatabase(int value) => new(unchecked((uint)value));

    public void Write(Span<byte> destination) => BinaryPrimitives.WriteUInt32BigEndian(destination, Value);

    public override string ToString() => Value.ToString("x8", CultureInfo.InvariantCulture);
}
