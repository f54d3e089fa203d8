using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Naming;

/// <summary>
/// Whether a variable, member or configuration key names a secret value (password, secret, token,
/// API key, client secret, credential, private or encryption key, connection string) rather than
/// something about one (<c>tokenCount</c>, <c>passwordPolicy</c>, <c>keyId</c>, <c>PasswordRequired</c>).
/// </summary>
internal static class SecretNames
{
    private static readonly HashSet<string> SecretWords = new()
    {
        "password", "passwd", "pwd", "passphrase", "secret", "secrets", "token", "credential", "credentials",
        "apikey", "accesskey", "privatekey", "clientsecret", "connectionstring",
    };

    private static readonly HashSet<string> KeyQualifiers = new() { "api", "access", "private", "auth", "client", "subscription", "account", "storage" };

    private static readonly HashSet<string> NotSecretWords = new()
    {
        "id", "ids", "count", "length", "len", "size", "max", "min", "policy", "policies", "required", "hash", "hashed",
        "digest", "fingerprint", "redacted", "masked", "encrypted", "prefix", "name", "names", "type", "kind", "path",
        "file", "url", "uri", "endpoint", "expiry", "expires", "expiration", "ttl", "timeout", "header", "format",
        "public", "enabled", "validation", "validator", "pattern", "regex", "limit", "usage", "tokens",
        "field", "column", "label", "description", "hint", "title", "message", "prompt", "example", "sample",
        "template", "display", "placeholder", "error", "variable", "env", "setting", "option", "section",
        "ref", "refs", "reference", "arn", "location", "stdin", "existing", "chars", "characters", "charset",
        "alphabet", "version", "versions", "thumbprint",
    };

    // "<word> key" where the key looks something up rather than unlocking it: tokenCacheKey, secretLookupKey,
    // passwordResetPartitionKey, IdempotencyKey. (Not "storage": an Azure storage key is a secret.)
    private static readonly HashSet<string> LookupKeyQualifiers = new()
    {
        "cache", "lookup", "dictionary", "map", "partition", "sort", "row", "primary", "foreign", "idempotency",
        "routing", "index", "correlation", "dedup", "dedupe", "deduplication", "composite", "unique", "hash",
    };

    /// <summary>A word this vocabulary knows (password, key, header, name…): values made of such words are names, not secrets.</summary>
    public static bool IsVocabularyWord(string word) =>
        SecretWords.Contains(word) || KeyQualifiers.Contains(word) || NotSecretWords.Contains(word) || word is "key" or "api" or "user" or "host" or "value";

    public static bool IsSecretName(string name)
    {
        var words = IdentifierWords.Split(name);

        // The shell's working directories, not passwords.
        if (words.Count == 1 && (words[0] == "pwd" || words[0] == "oldpwd"))
        {
            return false;
        }

        if (words.Count >= 2 && words[words.Count - 1] is "key" or "keys" && LookupKeyQualifiers.Contains(words[words.Count - 2]))
        {
            return false;
        }

        var secret = EncryptionKeyNames.IsEncryptionKeyName(words);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (NotSecretWords.Contains(word))
            {
                return false;
            }

            secret |= SecretWords.Contains(word)
                || ((word == "key" || word == "string") && i > 0 && (KeyQualifiers.Contains(words[i - 1]) || words[i - 1] == "connection"));
        }

        return secret;
    }
}
