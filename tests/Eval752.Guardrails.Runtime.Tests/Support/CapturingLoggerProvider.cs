using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Eval752.Guardrails.Runtime.Tests.Support;

/// <summary>Records what a logging provider receives: message, every structured property, scopes and exception text.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider? scopes;

    public ConcurrentQueue<string> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    public string AllText => string.Join("\n", Entries);

    private sealed class CapturingLogger(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { formatter(state, exception) };
            if (state is IEnumerable<KeyValuePair<string, object?>> properties)
            {
                parts.AddRange(properties.Select(p => $"{p.Key}={p.Value}"));
            }

            owner.scopes?.ForEachScope((scope, list) => list.Add($"scope:{scope}"), parts);
            if (exception is not null)
            {
                parts.Add($"exception:{exception}");
            }

            owner.Entries.Enqueue(string.Join(" | ", parts));
        }
    }
}
