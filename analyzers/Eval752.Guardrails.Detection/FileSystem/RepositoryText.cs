using System;
using System.IO;
using System.Text;

namespace Eval752.Guardrails.Detection.FileSystem;

/// <summary>
/// Reads a repository file as text for the file rules, or says in one sentence why it did not: larger than
/// <see cref="MaximumBytes"/> (nothing edited by hand is that big, and a build must not read a 1 GB file), binary
/// (a NUL byte in the first 8 KB, as git decides), unreadable (permissions, a dangling link, a vanished file).
/// Invalid UTF-8 is read with the invalid bytes replaced and named, so the rest of the file is still checked.
/// </summary>
internal static class RepositoryText
{
    public const long MaximumBytes = 16 * 1024 * 1024;

    private const int BinaryProbeBytes = 8000;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null with <paramref name="problem"/> saying why (and <paramref name="problem"/> also set, text kept, for invalid UTF-8).</summary>
    public static string? Read(string path, out string? problem)
    {
        problem = null;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaximumBytes)
            {
                problem = $"{length / (1024 * 1024)} MiB, larger than the {MaximumBytes / (1024 * 1024)} MiB a scanned file may have; not scanned";
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be read ({e.GetType().Name}: {e.Message}); not scanned";
            return null;
        }

        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, BinaryProbeBytes)) >= 0)
        {
            problem = "binary (a NUL byte in its first 8 KB); not scanned";
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"not valid UTF-8 (first invalid byte at offset {e.Index}); scanned with invalid bytes replaced";
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }
}
