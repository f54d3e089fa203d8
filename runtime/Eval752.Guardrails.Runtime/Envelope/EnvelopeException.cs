using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Runtime.Envelope;

/// <summary>An envelope could not be opened. The message names the failure and key id, never any secret bytes.</summary>
public sealed class EnvelopeException : Exception
{
    public EnvelopeException(EnvelopeFailure failure, KeyId? keyId, string message)
        : base(message)
    {
        Failure = failure;
        KeyId = keyId;
    }

    public EnvelopeException()
        : this(EnvelopeFailure.Truncated, null, "The envelope could not be opened.")
    {
    }

    public EnvelopeException(string message)
        : this(EnvelopeFailure.Truncated, null, message)
    {
    }

    public EnvelopeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EnvelopeFailure Failure { get; }

    public KeyId? KeyId { get; }
}
