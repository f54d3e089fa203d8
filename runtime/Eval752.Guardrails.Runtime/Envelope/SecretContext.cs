using System.Buffers.Binary;
using System.Text;

namespace Eval752.Guardrails.Runtime.Envelope;

/// <summary>
/// What a ciphertext is bound to: the provider row, the field and the secret version. Part of the
/// associated data, so a ciphertext copied to another row, another field, or replayed from an older
/// version fails to decrypt.
/// </summary>
public readonly record struct SecretContext(Guid ProviderId, string Field, long SecretVersion)
{
    public const string ApiKeyField = "api_key";

    /// <summary>
    /// Length-prefixed encoding: for each of provider id (16 bytes, RFC 4122 big-endian order), field
    /// (UTF-8) and secret version (8 bytes big-endian): a 4-byte big-endian length, then the bytes.
    /// </summary>
    public byte[] Encode()
    {
        var field = Encoding.UTF8.GetBytes(Field);
        var buffer = new byte[4 + 16 + 4 + field.Length + 4 + 8];
        var span = buffer.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(span, 16);
        ProviderId.TryWriteBytes(span[4..20], bigEndian: true, out _);
        BinaryPrimitives.WriteInt32BigEndian(span[20..], field.Length);
        field.CopyTo(span[24..]);
        var versionAt = 24 + field.Length;
        BinaryPrimitives.WriteInt32BigEndian(span[versionAt..], 8);
        BinaryPrimitives.WriteInt64BigEndian(span[(versionAt + 4)..], SecretVersion);
        return buffer;
    }
}
