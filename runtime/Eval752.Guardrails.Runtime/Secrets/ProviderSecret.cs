using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Eval752.Guardrails.Detection.Findings;

namespace Eval752.Guardrails.Runtime.Secrets;

/// <summary>
/// A provider API key in memory. Its <see cref="ToString"/>, debugger display and JSON form show the
/// fingerprint and length only; the value comes out through <see cref="Reveal"/> or <see cref="Utf8"/>,
/// calls a reviewer can search for. The UTF-8 bytes live in a pinned array wiped on dispose.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(ProviderSecretJsonConverter))]
public sealed class ProviderSecret : IDisposable
{
    private readonly byte[] utf8;
    private bool disposed;

    private ProviderSecret(byte[] utf8)
    {
        this.utf8 = utf8;
        Fingerprint = SecretFingerprint.Of(utf8);
    }

    /// <summary>HMAC-SHA256 fingerprint (16 hex characters): safe to log, display and audit.</summary>
    public string Fingerprint { get; }

    /// <summary>Length of the value in UTF-8 bytes.</summary>
    public int Length => utf8.Length;

    public static ProviderSecret FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bytes = GC.AllocateArray<byte>(Encoding.UTF8.GetByteCount(value), pinned: true);
        Encoding.UTF8.GetBytes(value, bytes);
        return new ProviderSecret(bytes);
    }

    public static ProviderSecret FromUtf8(ReadOnlySpan<byte> value)
    {
        var bytes = GC.AllocateArray<byte>(value.Length, pinned: true);
        value.CopyTo(bytes);
        return new ProviderSecret(bytes);
    }

    /// <summary>The value's UTF-8 bytes, valid until dispose.</summary>
    public ReadOnlySpan<byte> Utf8
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return utf8;
        }
    }

    /// <summary>The value as a string, for the provider SDK call that needs it. Strings cannot be wiped: keep it short-lived.</summary>
    public string Reveal() => Encoding.UTF8.GetString(Utf8);

    public void Dispose()
    {
        if (!disposed)
        {
            CryptographicOperations.ZeroMemory(utf8);
            disposed = true;
        }
    }

    public override string ToString() => $"ProviderSecret(fingerprint={Fingerprint}, length={utf8.Length})";
}
