using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Runtime.Rotation;

/// <summary>
/// What a rewrap did. <see cref="Skipped"/> counts rows still on an older key at the end that were
/// decryptable (locked by a concurrent writer, or written with an older key during the run): run the
/// rewrap again. <see cref="Undecryptable"/> lists rows no key of this service opens: they need the
/// missing key in ENCRYPTION_KEYS_PREVIOUS, or a new API key through PATCH.
/// </summary>
public sealed record RewrapReport(
    KeyId ActiveKeyId,
    long Total,
    long AlreadyCurrent,
    long Rewrapped,
    long Skipped,
    IReadOnlyList<Guid> Undecryptable,
    TimeSpan Elapsed)
{
    public bool IsComplete => Skipped == 0 && Undecryptable.Count == 0;
}
