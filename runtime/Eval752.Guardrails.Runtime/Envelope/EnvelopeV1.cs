using System.Security.Cryptography;
using System.Text;
using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Runtime.Envelope;

/// <summary>
/// Envelope v1 (docs/vault.md has it byte by byte):
/// <c>suite 0x01 (1) | key id (4) | salt (16) | nonce (12) | commitment (32) | ciphertext (n) | tag (16)</c>.
/// Per message, HKDF-SHA256(master, salt, info = "eval752/v1" | header | context) yields 64 bytes: an
/// AES-256-GCM key and a 32-byte commitment stored in the envelope and compared in constant time before
/// decrypting (so a wrong key or altered header fails as such, never as garbage). Associated data is
/// header | context. The header is the first 33 bytes.
/// </summary>
public static class EnvelopeV1
{
    public const byte Suite = 0x01;
    public const int KeyIdLength = 4;
    public const int SaltLength = 16;
    public const int NonceLength = 12;
    public const int HeaderLength = 1 + KeyIdLength + SaltLength + NonceLength;
    public const int CommitmentLength = 32;
    public const int TagLength = 16;
    public const int Overhead = HeaderLength + CommitmentLength + TagLength;

    private const int DerivedLength = 32 + CommitmentLength;
    private static readonly byte[] InfoLabel = Encoding.ASCII.GetBytes("eval752/v1");

    public static byte[] Seal(MasterKey key, ReadOnlySpan<byte> plaintext, SecretContext context)
    {
        Span<byte> random = stackalloc byte[SaltLength + NonceLength];
        RandomNumberGenerator.Fill(random);
        return Seal(key, plaintext, context, random[..SaltLength], random[SaltLength..]);
    }

    /// <summary>Deterministic form for the documented test vector; production callers use the random overload.</summary>
    internal static byte[] Seal(MasterKey key, ReadOnlySpan<byte> plaintext, SecretContext context, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> nonce)
    {
        var envelope = new byte[Overhead + plaintext.Length];
        var span = envelope.AsSpan();
        span[0] = Suite;
        key.Id.Write(span[1..]);
        salt.CopyTo(span[(1 + KeyIdLength)..]);
        nonce.CopyTo(span[(1 + KeyIdLength + SaltLength)..]);
        var header = span[..HeaderLength];

        var contextBytes = context.Encode();
        Span<byte> derived = stackalloc byte[DerivedLength];
        try
        {
            Derive(key, header, contextBytes, derived);
            derived[32..].CopyTo(span[HeaderLength..]);
            using var aes = new AesGcm(derived[..32], TagLength);
            aes.Encrypt(
                nonce,
                plaintext,
                span.Slice(HeaderLength + CommitmentLength, plaintext.Length),
                span[^TagLength..],
                AssociatedData(header, contextBytes));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derived);
        }

        return envelope;
    }

    /// <summary>The key id an envelope names, without opening it (for the census and for routing to a key).</summary>
    public static KeyId ReadKeyId(ReadOnlySpan<byte> envelope)
    {
        if (envelope.Length < Overhead)
        {
            throw new EnvelopeException(EnvelopeFailure.Truncated, null, $"The envelope has {envelope.Length} bytes; v1 needs at least {Overhead}.");
        }

        return KeyId.Read(envelope[1..]);
    }

    /// <summary>Opens an envelope with whichever key of the ring it names. Throws <see cref="EnvelopeException"/>; never returns wrong plaintext.</summary>
    public static byte[] Open(KeyRing ring, ReadOnlySpan<byte> envelope, SecretContext context)
    {
        var keyId = ReadKeyId(envelope);
        if (envelope[0] != Suite)
        {
            throw new EnvelopeException(EnvelopeFailure.UnsupportedSuite, keyId, $"The envelope's suite byte is 0x{envelope[0]:x2}; this version reads only 0x{Suite:x2}.");
        }

        if (!ring.TryGet(keyId, out var key))
        {
            throw new EnvelopeException(
                EnvelopeFailure.UnknownKeyId,
                keyId,
                $"The secret is encrypted under key id {keyId}, which this service does not hold; add that key to {VaultVariables.PreviousEncryptionKeys}.");
        }

        var header = envelope[..HeaderLength];
        var contextBytes = context.Encode();
        Span<byte> derived = stackalloc byte[DerivedLength];
        try
        {
            Derive(key, header, contextBytes, derived);
            if (!CryptographicOperations.FixedTimeEquals(derived[32..], envelope.Slice(HeaderLength, CommitmentLength)))
            {
                throw new EnvelopeException(
                    EnvelopeFailure.CommitmentMismatch,
                    keyId,
                    $"The key commitment does not match (key id {keyId}): the envelope was altered or belongs to another provider, field or secret version.");
            }

            var ciphertextLength = envelope.Length - Overhead;
            var plaintext = new byte[ciphertextLength];
            using var aes = new AesGcm(derived[..32], TagLength);
            try
            {
                aes.Decrypt(
                    envelope.Slice(1 + KeyIdLength + SaltLength, NonceLength),
                    envelope.Slice(HeaderLength + CommitmentLength, ciphertextLength),
                    envelope[^TagLength..],
                    plaintext,
                    AssociatedData(header, contextBytes));
            }
            catch (AuthenticationTagMismatchException)
            {
                CryptographicOperations.ZeroMemory(plaintext);
                throw new EnvelopeException(EnvelopeFailure.AuthenticationFailed, keyId, $"The ciphertext does not authenticate (key id {keyId}): it was altered.");
            }

            return plaintext;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derived);
        }
    }

    private static void Derive(MasterKey key, ReadOnlySpan<byte> header, byte[] contextBytes, Span<byte> derived)
    {
        var info = new byte[InfoLabel.Length + header.Length + contextBytes.Length];
        InfoLabel.CopyTo(info, 0);
        header.CopyTo(info.AsSpan(InfoLabel.Length));
        contextBytes.CopyTo(info, InfoLabel.Length + header.Length);
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key.Material, derived, header.Slice(1 + KeyIdLength, SaltLength), info);
    }

    private static byte[] AssociatedData(ReadOnlySpan<byte> header, byte[] contextBytes)
    {
        var data = new byte[header.Length + contextBytes.Length];
        header.CopyTo(data);
        contextBytes.CopyTo(data, header.Length);
        return data;
    }
}
