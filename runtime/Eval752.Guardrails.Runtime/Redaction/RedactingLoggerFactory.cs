using Microsoft.Extensions.Logging;

namespace Eval752.Guardrails.Runtime.Redaction;

/// <summary>
/// Decorates the application's <see cref="ILoggerFactory"/>, so every logger (and therefore every
/// provider, whenever it was added) receives entries already redacted.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner, SecretRegistry registry) : ILoggerFactory
{
    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), registry);

    public void Dispose() => inner.Dispose();
}
