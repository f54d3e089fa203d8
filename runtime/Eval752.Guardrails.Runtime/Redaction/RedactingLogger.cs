using Microsoft.Extensions.Logging;

namespace Eval752.Guardrails.Runtime.Redaction;

/// <summary>
/// Wraps a logger so that, before any provider sees an entry, registered secrets are replaced by their
/// fingerprints in the formatted message, every structured property, scope state and exception text.
/// Entries that contain no secret pass through untouched (one vectorised scan).
/// </summary>
internal sealed class RedactingLogger(ILogger inner, SecretRegistry registry) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull =>
        registry.IsEmpty ? inner.BeginScope(state) : inner.BeginScope(RedactState(state) ?? (object)state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (registry.IsEmpty || !IsEnabled(logLevel))
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        var message = formatter(state, exception);
        var redactedMessage = registry.Redact(message);
        var redactedException = RedactException(exception);
        var redactedState = RedactState(state);
        if (redactedState is null && ReferenceEquals(message, redactedMessage) && ReferenceEquals(exception, redactedException))
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

#pragma warning disable CA1873 // IsEnabled was checked above; the redacted state is built only for enabled entries.
        inner.Log(
            logLevel,
            eventId,
            redactedState ?? new RedactedLogState([new KeyValuePair<string, object?>("{OriginalFormat}", redactedMessage)], redactedMessage),
            redactedException,
            static (s, _) => s.Message);
#pragma warning restore CA1873
    }

    private RedactedLogState? RedactState<TState>(TState state)
    {
        switch (state)
        {
            case IReadOnlyList<KeyValuePair<string, object?>> properties:
                var changed = false;
                var copy = new KeyValuePair<string, object?>[properties.Count];
                for (var i = 0; i < properties.Count; i++)
                {
                    var (key, value) = properties[i];
                    var redacted = RedactValue(value);
                    changed |= !ReferenceEquals(redacted, value);
                    copy[i] = new KeyValuePair<string, object?>(key, redacted);
                }

                var rendering = state.ToString() ?? string.Empty;
                var redactedRendering = registry.Redact(rendering);
                return changed || !ReferenceEquals(rendering, redactedRendering) ? new RedactedLogState(copy, redactedRendering) : null;
            case string text:
                var redactedString = registry.Redact(text);
                return ReferenceEquals(text, redactedString) ? null : new RedactedLogState([new KeyValuePair<string, object?>("{OriginalFormat}", redactedString)], redactedString);
            default:
                var rendered = state?.ToString();
                return rendered is not null && registry.ContainsSecret(rendered)
                    ? new RedactedLogState([], registry.Redact(rendered))
                    : null;
        }
    }

    private object? RedactValue(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                var redacted = registry.Redact(text);
                return ReferenceEquals(redacted, text) ? value : redacted;
            default:
                // Objects are rendered only to check them; structured sinks that destructure an object
                // would otherwise see the secret inside it, so a match replaces the whole value with text.
                var rendered = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
                return rendered is not null && registry.ContainsSecret(rendered) ? registry.Redact(rendered) : value;
        }
    }

    private Exception? RedactException(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        return registry.ContainsSecret(text)
            ? new RedactedException(exception.GetType().FullName ?? exception.GetType().Name, registry.Redact(exception.Message), registry.Redact(text))
            : exception;
    }
}
