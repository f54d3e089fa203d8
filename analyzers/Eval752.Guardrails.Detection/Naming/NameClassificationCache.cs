using System;
using System.Collections.Concurrent;

namespace Eval752.Guardrails.Detection.Naming;

/// <summary>
/// Analyzers classify the same parameter, member and key names over and over (every <c>value</c>,
/// <c>name</c>, <c>s</c> argument): splitting a name into words allocates, so results are remembered.
/// Bounded: past the limit the cache is cleared rather than grown.
/// </summary>
internal sealed class NameClassificationCache
{
    private const int Limit = 16_384;
    private readonly ConcurrentDictionary<string, bool> results = new(StringComparer.Ordinal);
    private readonly Func<string, bool> classify;
    private int added;

    public NameClassificationCache(Func<string, bool> classify) => this.classify = classify;

    public static NameClassificationCache EncryptionKey { get; } = new(EncryptionKeyNames.IsEncryptionKeyName);

    public static NameClassificationCache Secret { get; } = new(SecretNames.IsSecretName);

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public bool Matches(string name)
    {
        if (results.TryGetValue(name, out var known))
        {
            return known;
        }

        // ConcurrentDictionary.Count takes every lock; a counter of insertions (approximate under races) does not.
        if (System.Threading.Interlocked.Increment(ref added) > Limit)
        {
            results.Clear();
            System.Threading.Interlocked.Exchange(ref added, 0);
        }

        return results.GetOrAdd(name, classify);
    }
}
