using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Eval752.Guardrails.Runtime.Envelope;
using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Tests.Support;
using Eval752.Guardrails.Testing;

namespace Eval752.Guardrails.Runtime.Tests.Envelope;

public sealed class EnvelopeV1Tests : IDisposable
{
    private static readonly SecretContext Context = new(Guid.Parse("0191f3a2-7c4e-7d1a-9b2c-3d4e5f607182"), SecretContext.ApiKeyField, 3);
    private readonly KeyRing ring = TestKeys.Ring(TestKeys.NewHex(), TestKeys.NewHex());
    private readonly byte[] secret = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("provider-key-", 8)));

    public void Dispose() => ring.Dispose();

    [Fact]
    public void SealThenOpen_RoundTrips_WithEveryKeyOfTheRing()
    {
        foreach (var key in new[] { ring.Newest, ring.Previous[0] })
        {
            var envelope = EnvelopeV1.Seal(key, secret, Context);

            Assert.Equal(EnvelopeV1.Overhead + secret.Length, envelope.Length);
            Assert.Equal(EnvelopeV1.Suite, envelope[0]);
            Assert.Equal(key.Id, EnvelopeV1.ReadKeyId(envelope));
            Assert.Equal(secret, EnvelopeV1.Open(ring, envelope, Context));
        }
    }

    [Fact]
    public void SealingTwice_GivesDifferentEnvelopes()
    {
        Assert.NotEqual(EnvelopeV1.Seal(ring.Newest, secret, Context), EnvelopeV1.Seal(ring.Newest, secret, Context));
    }

    [Fact]
    public void EveryFlippedBit_FailsWithATypedError_NeverWrongPlaintext()
    {
        var envelope = EnvelopeV1.Seal(ring.Newest, secret, Context);
        for (var i = 0; i < envelope.Length; i++)
        {
            foreach (var bit in new byte[] { 0x01, 0x80 })
            {
                var tampered = (byte[])envelope.Clone();
                tampered[i] ^= bit;
                var error = Assert.Throws<EnvelopeException>(() => EnvelopeV1.Open(ring, tampered, Context));
                var expected = i == 0 ? EnvelopeFailure.UnsupportedSuite
                    : i < 5 ? EnvelopeFailure.UnknownKeyId
                    : i < EnvelopeV1.HeaderLength + EnvelopeV1.CommitmentLength ? EnvelopeFailure.CommitmentMismatch
                    : EnvelopeFailure.AuthenticationFailed;
                Assert.Equal(expected, error.Failure);
            }
        }
    }

    [Fact]
    public void TruncatedOrExtendedEnvelopes_Fail()
    {
        var envelope = EnvelopeV1.Seal(ring.Newest, secret, Context);
        for (var length = 0; length < envelope.Length; length++)
        {
            Assert.Throws<EnvelopeException>(() => EnvelopeV1.Open(ring, envelope.AsSpan(0, length), Context));
        }

        Assert.Equal(EnvelopeFailure.AuthenticationFailed, Assert.Throws<EnvelopeException>(() => EnvelopeV1.Open(ring, [.. envelope, 0], Context)).Failure);
        Assert.Equal(EnvelopeFailure.Truncated, Assert.Throws<EnvelopeException>(() => EnvelopeV1.Open(ring, envelope.AsSpan(0, EnvelopeV1.Overhead - 1), Context)).Failure);
    }

    [Fact]
    public void OtherProviderFieldOrVersion_FailsTheCommitment()
    {
        var envelope = EnvelopeV1.Seal(ring.Newest, secret, Context);

        foreach (var other in new[] { Context with { ProviderId = Guid.NewGuid() }, Context with { Field = "other" }, Context with { SecretVersion = 2 } })
        {
            Assert.Equal(EnvelopeFailure.CommitmentMismatch, Assert.Throws<EnvelopeException>(() => EnvelopeV1.Open(ring, envelope, other)).Failure);
        }
    }

    [Fact]
    public void KeyNotInTheRing_IsUnknownKeyId_WithTheIdInTheMessage()
    {
        using var stranger = TestKeys.Ring(TestKeys.NewHex());
        var envelope = EnvelopeV1.Seal(stranger.Newest, secret, Context);

        var error = Assert.Throws<EnvelopeException>(() => EnvelopeV1.Open(ring, envelope, Context));

        Assert.Equal(EnvelopeFailure.UnknownKeyId, error.Failure);
        Assert.Equal(stranger.Newest.Id, error.KeyId);
        Assert.Contains(stranger.Newest.Id.ToString(), error.Message, StringComparison.Ordinal);
    }

    // The documented test vector (docs/vault.md). Key, salt and nonce are public test values.
    private static readonly byte[] VectorKey = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];
    private static readonly byte[] VectorSalt = [.. Enumerable.Range(0x40, 16).Select(i => (byte)i)];
    private static readonly byte[] VectorNonce = [.. Enumerable.Range(0x80, 12).Select(i => (byte)i)];
    private static readonly SecretContext VectorContext = new(Guid.Parse("00000000-0000-0000-0000-000000000001"), "api_key", 1);
    private static readonly byte[] VectorPlaintext = Encoding.UTF8.GetBytes("eval752 envelope v1 test vector");

    private const string VectorEnvelopeHex =
        "01ee5fab94404142434445464748494a4b4c4d4e4f808182838485868788898a8bea4eaba93fa9ba3ed999e6be1fbbba4fbd03c37278453c91ae9d9630454b9c9536eaf2481bb944d458e9e5b15081e17fec5c7fc603931c892397869b4bf13614b3e0d971054759237821b7a3c012a6";

    [Fact]
    public void TestVector_MatchesAnIndependentComputation_AndTheDocs()
    {
        using var key = MasterKey.FromBytes(VectorKey);
        var sealedBytes = EnvelopeV1.Seal(key, VectorPlaintext, VectorContext, VectorSalt, VectorNonce);
        var reference = ReferenceSeal();

        Assert.Equal(Convert.ToHexStringLower(reference), Convert.ToHexStringLower(sealedBytes));
        Assert.Equal(VectorEnvelopeHex, Convert.ToHexStringLower(sealedBytes));
        Assert.Contains(VectorEnvelopeHex, File.ReadAllText(RepositoryPaths.Combine("docs", "vault.md")), StringComparison.Ordinal);

        using var vectorRing = new KeyRing(MasterKey.FromBytes(VectorKey), []);
        Assert.Equal(VectorPlaintext, EnvelopeV1.Open(vectorRing, sealedBytes, VectorContext));
    }

    /// <summary>Envelope v1 from the documentation alone, with nothing from the product's code but nothing hidden either.</summary>
    private static byte[] ReferenceSeal()
    {
        var keyId = HMACSHA256.HashData(VectorKey, Encoding.ASCII.GetBytes("eval752/key-id/v1"))[..4];
        byte[] header = [0x01, .. keyId, .. VectorSalt, .. VectorNonce];
        var field = Encoding.UTF8.GetBytes(VectorContext.Field);
        byte[] context =
        [
            .. BigEndian(16), .. VectorContext.ProviderId.ToByteArray(bigEndian: true),
            .. BigEndian(field.Length), .. field,
            .. BigEndian(8), .. BigEndian64(VectorContext.SecretVersion),
        ];
        var derived = HKDF.DeriveKey(HashAlgorithmName.SHA256, VectorKey, 64, VectorSalt, [.. Encoding.ASCII.GetBytes("eval752/v1"), .. header, .. context]);
        var ciphertext = new byte[VectorPlaintext.Length];
        var tag = new byte[16];
        using var aes = new AesGcm(derived[..32], 16);
        byte[] associatedData = [.. header, .. context];
        aes.Encrypt(VectorNonce, VectorPlaintext, ciphertext, tag, associatedData);
        return [.. header, .. derived[32..], .. ciphertext, .. tag];
    }

    private static byte[] BigEndian(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] BigEndian64(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }
}
