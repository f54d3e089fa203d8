using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Naming;

/// <summary>
/// Decides whether a member, variable, parameter or configuration key names symmetric key material
/// (<c>ENCRYPTION_KEY</c>, <c>masterKey</c>, <c>AesKey</c>, <c>HmacSigningKey</c>, <c>kek</c>) rather
/// than something about a key (<c>EncryptionKeyId</c>, <c>keySize</c>, <c>PublicKey</c>).
/// </summary>
internal static class EncryptionKeyNames
{
    // Words that, directly before "key", make it key material.
    private static readonly HashSet<string> Qualifiers = new()
    {
        "encryption", "decryption", "master", "aes", "hmac", "signing", "cipher", "crypto",
        "symmetric", "secret", "wrapping", "wrap", "data", "content", "mac", "jwt", "token",
    };

    // Words that name key material on their own.
    private static readonly HashSet<string> Standalone = new()
    {
        "kek", "dek", "encryptionkey", "masterkey", "aeskey", "hmackey", "signingkey", "secretkey",
    };

    // Words that turn the name into metadata about a key, not the key itself.
    private static readonly HashSet<string> MetadataWords = new()
    {
        "id", "ids", "size", "length", "len", "bits", "count", "name", "names", "path", "file",
        "version", "hash", "fingerprint", "thumbprint", "public", "type", "policy", "format",
        "uri", "url", "location", "kind", "algorithm", "rotation", "expiry",
        "expires", "created", "index", "label", "ref", "reference",
    };

    public static bool IsEncryptionKeyName(string name) => IsEncryptionKeyName(IdentifierWords.Split(name));

    /// <summary>As <see cref="IsEncryptionKeyName(string)"/>, over a name already split (the secret-name rule splits once for both).</summary>
    public static bool IsEncryptionKeyName(IReadOnlyList<string> words)
    {
        var matched = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (MetadataWords.Contains(word))
            {
                return false;
            }

            if (Standalone.Contains(word))
            {
                matched = true;
            }
            else if ((word == "key" || word == "keys") && i > 0 && Qualifiers.Contains(words[i - 1]))
            {
                matched = true;
            }
        }

        return matched;
    }
}
