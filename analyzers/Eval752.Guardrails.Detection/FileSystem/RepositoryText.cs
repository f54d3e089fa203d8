using System.Runtime.CompilerServices;
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

    private const int RetainedBytes = 1024 * 1024;

    /// <summary>Per thread: tasks and the CLI read files one at a time, and MSBuild may run tasks on several threads.</summary>
    [ThreadStatic]
    private static byte[]? buffer;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null with <paramref name="problem"/> saying why (and <paramref name="problem"/> also set, text kept, for invalid UTF-8).</summary>
    [MethodImpl(Hot.Loop)]
    public static string? Read(string path, out string? problem)
    {
        problem = null;
        var bytes = buffer ??= new byte[64 * 1024];
        int length;
        try
        {
            // One open and one stat per file, into a buffer reused across files: a scan reads tens of thousands of
            // files, and a fresh array per file (large ones on the large-object heap) costs more than the reading.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            var size = stream.Length;
            if (size > MaximumBytes)
            {
                problem = $"{size / (1024 * 1024)} MiB, larger than the {MaximumBytes / (1024 * 1024)} MiB a scanned file may have; not scanned";
                return null;
            }

            if (size > bytes.Length)
            {
                // Kept for the next file only up to 1 MB: MSBuild nodes live long, and one large file should not pin 16 MB.
                bytes = new byte[Math.Max(size, bytes.Length * 2L)];
                if (bytes.Length <= RetainedBytes)
                {
                    buffer = bytes;
                }
            }

            // Up to the size the file had when opened (one read call for most files; a file that grows meanwhile is read as it was).
            length = 0;
            for (int read; length < size && (read = stream.Read(bytes, length, (int)size - length)) > 0;)
            {
                length += read;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be read ({e.GetType().Name}: {e.Message}); not scanned";
            return null;
        }

        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(length, BinaryProbeBytes)) >= 0)
        {
            problem = "binary (a NUL byte in its first 8 KB); not scanned";
            return null;
        }

        var start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, length - start);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"not valid UTF-8 (first invalid byte at offset {e.Index}); scanned with invalid bytes replaced";
            return Encoding.UTF8.GetString(bytes, start, length - start);
        }
    }
}
