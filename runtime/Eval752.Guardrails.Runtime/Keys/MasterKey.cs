using System.Diagnostics;
using System.Security.Cryptography;

namespace Eval752.Guardrails.Runtime.Keys;

/// <summary>
/// 32 bytes of master key material in a pinned array (the GC never copies it), wiped with
/// <see cref="CryptographicOperations.ZeroMemory"/> on dispose. Its text forms show only the key id.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class MasterKey : IDisposable
{
    public const int Length = 32;

    private readonly byte[] material;
    private bool disposed;

    private MasterKey(byte[] material)
    {
        this.material = material;
        Id = KeyId.Derive(material);
    }

    public KeyId Id { get; }

    /// <summary>Copies <paramref name="source"/> (32 bytes) into pinned memory; the caller wipes its own copy.</summary>
    public static MasterKey FromBytes(ReadOnlySpan<byte> source)
    {
        if (source.Length != Length)
        {
            throw new ArgumentException($"A master key is {Length} bytes; got {source.Length}.", nameof(source));
        }

        var material = GC.AllocateArray<byte>(Length, pinned: true);
        source.CopyTo(material);
        return new MasterKey(material);
    }

    /// <summary>A new random key, as <c>eval752-guard keygen</c> makes.</summary>
    public static MasterKey Generate()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        try
        {
            return FromBytes(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    internal ReadOnlySpan<byte> Material
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return material;
        }
    }

    /// <summary>The key as ENCRYPTION_KEY holds it: 64 lowercase hex characters. For key generation only.</summary>
    internal string ToHex() => Convert.ToHexStringLower(Material);

    public void Dispose()
    {
        if (!disposed)
        {
            CryptographicOperations.ZeroMemory(material);
            disposed = true;
        }
    }

    public override string ToString() => $"MasterKey(id={Id})";
}
