using System.Diagnostics;

namespace Eval752.Guardrails.Runtime.Keys;

/// <summary>
/// The master keys this service holds: <see cref="Newest"/> from ENCRYPTION_KEY and older ones from
/// ENCRYPTION_KEYS_PREVIOUS. It decrypts with any of them; which key encrypts is decided by the
/// database (the active key id), never by this ring, so a half-deployed fleet never writes with a key
/// some services lack.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class KeyRing : IDisposable
{
    private readonly Dictionary<KeyId, MasterKey> byId;

    public KeyRing(MasterKey newest, IReadOnlyList<MasterKey> previous)
    {
        Newest = newest;
        Previous = previous;
        byId = new Dictionary<KeyId, MasterKey> { [newest.Id] = newest };
        foreach (var key in previous)
        {
            if (!byId.TryAdd(key.Id, key))
            {
                throw new ArgumentException($"Key id {key.Id} appears twice in the key ring.", nameof(previous));
            }
        }
    }

    public MasterKey Newest { get; }

    public IReadOnlyList<MasterKey> Previous { get; }

    /// <summary>Every key id this ring can decrypt with, newest first.</summary>
    public IReadOnlyList<KeyId> KeyIds => [Newest.Id, .. Previous.Select(k => k.Id)];

    public bool Contains(KeyId id) => byId.ContainsKey(id);

    public bool TryGet(KeyId id, out MasterKey key) => byId.TryGetValue(id, out key!);

    public void Dispose()
    {
        foreach (var key in byId.Values)
        {
            key.Dispose();
        }
    }

    public override string ToString() => $"KeyRing(newest={Newest.Id}, previous=[{string.Join(", ", Previous.Select(k => k.Id))}])";
}
