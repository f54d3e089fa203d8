namespace Eval752.Guardrails.Runtime.Redaction;

/// <summary>
/// Stands in for a logged exception whose text contained a secret: same type name, message and stack
/// trace, with every secret replaced by its fingerprint.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string text;

    public RedactedException(string originalType, string message, string text)
        : base(message)
    {
        OriginalType = originalType;
        this.text = text;
    }

    public RedactedException()
        : this(string.Empty, string.Empty, string.Empty)
    {
    }

    public RedactedException(string message)
        : this(string.Empty, message, message)
    {
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
        OriginalType = string.Empty;
        text = message;
    }

    public string OriginalType { get; }

    public override string ToString() => text;
}
