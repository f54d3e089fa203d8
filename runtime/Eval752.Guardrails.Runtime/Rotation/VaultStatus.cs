using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Runtime.Rotation;

/// <summary>A census of the vault at one moment: the active key, rows per key id, instances and retired keys.</summary>
public sealed record VaultStatus(
    KeyId? ActiveKeyId,
    IReadOnlyDictionary<KeyId, long> RowsByKeyId,
    IReadOnlyList<InstanceStatus> Instances,
    IReadOnlyList<KeyId> RetiredKeyIds)
{
    public long TotalRows => RowsByKeyId.Values.Sum();
}

/// <summary>One service instance as its last heartbeat described it.</summary>
public sealed record InstanceStatus(string InstanceId, string Service, IReadOnlyList<KeyId> DecryptKeyIds, KeyId? ActiveKeyId, DateTimeOffset LastSeen, bool IsLive);
