using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Eval752.Guardrails.Runtime.Envelope;
using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Benchmarks;

/// <summary>Envelope v1 for a 100-byte secret against raw AES-256-GCM with a random nonce and a reused key.</summary>
[BenchmarkCategory("envelope")]
public class EnvelopeBenchmarks
{
    private readonly byte[] secret = RandomNumberGenerator.GetBytes(100);
    private readonly SecretContext context = new(Guid.NewGuid(), SecretContext.ApiKeyField, 1);
    private KeyRing ring = null!;
    private AesGcm raw = null!;
    private byte[] envelope = null!;
    private byte[] rawNonce = null!;
    private byte[] rawCiphertext = null!;
    private byte[] rawTag = null!;

    [GlobalSetup]
    public void Setup()
    {
        var key = MasterKey.Generate();
        ring = new KeyRing(key, []);
        raw = new AesGcm(RandomNumberGenerator.GetBytes(32), 16);
        envelope = EnvelopeV1.Seal(key, secret, context);
        rawNonce = RandomNumberGenerator.GetBytes(12);
        rawCiphertext = new byte[secret.Length];
        rawTag = new byte[16];
        raw.Encrypt(rawNonce, secret, rawCiphertext, rawTag);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ring.Dispose();
        raw.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("encrypt")]
    public byte[] RawAesGcmEncrypt()
    {
        var output = new byte[12 + secret.Length + 16];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        raw.Encrypt(output.AsSpan(0, 12), secret, output.AsSpan(12, secret.Length), output.AsSpan(12 + secret.Length));
        return output;
    }

    [Benchmark, BenchmarkCategory("encrypt")]
    public byte[] EnvelopeSeal() => EnvelopeV1.Seal(ring.Newest, secret, context);

    [Benchmark, BenchmarkCategory("decrypt")]
    public byte[] RawAesGcmDecrypt()
    {
        var plaintext = new byte[secret.Length];
        raw.Decrypt(rawNonce, rawCiphertext, rawTag, plaintext);
        return plaintext;
    }

    [Benchmark, BenchmarkCategory("decrypt")]
    public byte[] EnvelopeOpen() => EnvelopeV1.Open(ring, envelope, context);
}
