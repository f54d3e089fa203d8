namespace Eval752.Guardrails.Runtime.Envelope;

/// <summary>Why an envelope could not be opened. Each is a typed failure; none returns plaintext.</summary>
public enum EnvelopeFailure
{
    /// <summary>Shorter than the fixed overhead: not an envelope, or cut off.</summary>
    Truncated,

    /// <summary>The first byte names a suite this version does not know.</summary>
    UnsupportedSuite,

    /// <summary>Encrypted under a master key this service does not hold (not in ENCRYPTION_KEY / ENCRYPTION_KEYS_PREVIOUS).</summary>
    UnknownKeyId,

    /// <summary>The key commitment does not match: the header or context was altered, or the row is not this ciphertext's.</summary>
    CommitmentMismatch,

    /// <summary>The GCM tag does not verify: the ciphertext or tag was altered.</summary>
    AuthenticationFailed,
}
