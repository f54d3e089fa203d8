using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Runtime.Rotation;

/// <summary>The outcome of retiring a key; refused while any row or live instance still uses it.</summary>
public sealed record RetireResult(bool Retired, KeyId KeyId, string? Reason, long RowsOnKey, IReadOnlyList<string> InstancesUsingKey);
