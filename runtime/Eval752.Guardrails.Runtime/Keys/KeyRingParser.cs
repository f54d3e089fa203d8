using System.Security.Cryptography;
using Eval752.Guardrails.Detection.Keys;

namespace Eval752.Guardrails.Runtime.Keys;

/// <summary>
/// Parses ENCRYPTION_KEY and ENCRYPTION_KEYS_PREVIOUS strictly: exactly 64 hex characters each, no
/// whitespace, not a placeholder (all bytes the same, counting bytes, a short repeated pattern such
/// as <c>deadbeef…</c>), no key twice. Collects every problem before failing so an operator fixes
/// the configuration in one go; messages never contain key material.
/// </summary>
public static class KeyRingParser
{
    public static KeyRing Parse(string? encryptionKey, string? previousKeys)
    {
        var problems = new List<string>();
        var newest = ParseOne(encryptionKey, VaultVariables.EncryptionKey, problems, required: true);
        var previous = new List<MasterKey>();
        var seen = new Dictionary<KeyId, string>();
        if (newest is not null)
        {
            seen[newest.Id] = VaultVariables.EncryptionKey;
        }

        if (!string.IsNullOrEmpty(previousKeys))
        {
            var entries = previousKeys.Split(',');
            for (var i = 0; i < entries.Length; i++)
            {
                var name = $"{VaultVariables.PreviousEncryptionKeys} entry {i + 1}";
                var key = ParseOne(entries[i], name, problems, required: true);
                if (key is null)
                {
                    continue;
                }

                if (seen.TryGetValue(key.Id, out var first))
                {
                    problems.Add($"{name} is the same key as {first} (key id {key.Id}); list each key once.");
                    key.Dispose();
                    continue;
                }

                seen[key.Id] = name;
                previous.Add(key);
            }
        }

        if (problems.Count > 0 || newest is null)
        {
            newest?.Dispose();
            previous.ForEach(k => k.Dispose());
            throw new KeyRingConfigurationException(problems);
        }

        return new KeyRing(newest, previous);
    }

    private static MasterKey? ParseOne(string? text, string name, List<string> problems, bool required)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                problems.Add($"{name} is not set or empty: it must be {EncryptionKeyFormat.HexLength} hex characters (32 bytes); generate one with `eval752-guard keygen` or `openssl rand -hex 32`.");
            }

            return null;
        }

        if (text.Any(char.IsWhiteSpace))
        {
            problems.Add($"{name} contains whitespace (leading, trailing or inside, often a pasted newline); remove it.");
            return null;
        }

        if (EncryptionKeyFormat.Explain(text) is { } reason)
        {
            problems.Add($"{name} must be exactly {EncryptionKeyFormat.HexLength} hex characters (32 bytes), but {reason}.");
            return null;
        }

        Span<byte> bytes = stackalloc byte[MasterKey.Length];
        Convert.FromHexString(text, bytes, out _, out _);
        try
        {
            if (IsPlaceholder(bytes, text))
            {
                problems.Add($"{name} is a placeholder, not a key (its bytes are all the same, counting, or a short repeated pattern); generate a real key with `eval752-guard keygen`.");
                return null;
            }

            return MasterKey.FromBytes(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static bool IsPlaceholder(ReadOnlySpan<byte> bytes, string hex) =>
        KeyMaterialText.IsZeroOrCounting(bytes.ToArray()) || KeyMaterialText.IsShortRepetition(hex.ToLowerInvariant());
}
