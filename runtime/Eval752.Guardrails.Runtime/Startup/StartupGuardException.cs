namespace Eval752.Guardrails.Runtime.Startup;

/// <summary>The configuration is unsafe for a non-Development environment; every problem names a variable, never a value.</summary>
public sealed class StartupGuardException : Exception
{
    public StartupGuardException(IReadOnlyList<string> problems)
        : base("Unsafe configuration; the service refuses to start:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    public StartupGuardException()
        : this(["the configuration is unsafe"])
    {
    }

    public StartupGuardException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public StartupGuardException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
