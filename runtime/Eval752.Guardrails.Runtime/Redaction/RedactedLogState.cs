using System.Collections;

namespace Eval752.Guardrails.Runtime.Redaction;

/// <summary>Structured log state after redaction: the same properties, with secrets replaced.</summary>
internal sealed class RedactedLogState(IReadOnlyList<KeyValuePair<string, object?>> properties, string message) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public string Message => message;

    public int Count => properties.Count;

    public KeyValuePair<string, object?> this[int index] => properties[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => message;
}
