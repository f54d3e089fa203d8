using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Runtime.Rotation;

/// <summary>
/// The outcome of a promotion. When refused, <see cref="Reason"/> says why and
/// <see cref="InstancesLackingKey"/> lists the live instances that cannot yet decrypt with the new key.
/// </summary>
public sealed record PromoteResult(bool Promoted, KeyId? PreviousKeyId, KeyId RequestedKeyId, string? Reason, IReadOnlyList<string> InstancesLackingKey);
