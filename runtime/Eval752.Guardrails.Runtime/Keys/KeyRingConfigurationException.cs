namespace Eval752.Guardrails.Runtime.Keys;

/// <summary>
/// ENCRYPTION_KEY or ENCRYPTION_KEYS_PREVIOUS is unusable. Each problem names the variable and the rule
/// it breaks; none contains a key or any part of one.
/// </summary>
public sealed class KeyRingConfigurationException : Exception
{
    public KeyRingConfigurationException(IReadOnlyList<string> problems)
        : base("The encryption key configuration is unsafe; the service refuses to start:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    public KeyRingConfigurationException()
        : this(["the key configuration is invalid"])
    {
    }

    public KeyRingConfigurationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public KeyRingConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
