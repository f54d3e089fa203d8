namespace Eval752.Guardrails.Runtime.Rotation;

/// <summary>Reported after each committed batch.</summary>
public sealed record RewrapProgress(long Total, long AlreadyCurrent, long Rewrapped, long Undecryptable, int Batches);
