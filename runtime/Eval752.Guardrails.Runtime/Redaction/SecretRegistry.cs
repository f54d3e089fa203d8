using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Runtime.Redaction;

/// <summary>
/// What redaction removes: the secret values this process knows (revealed or stored provider keys,
/// configured secret variables), each in the forms it can leak in (as is, base64 of its UTF-8 bytes,
/// URL-encoded), and any provider secret of a known shape the detection engine finds (an OpenAI key
/// pasted into an exception message that this process never stored). Known values are found with one
/// vectorised multi-string search (<see cref="SearchValues{T}"/>), rebuilt copy-on-write when a secret
/// is added, so logging threads never lock; shapes with the engine's one-pass anchor scan.
/// </summary>
public sealed class SecretRegistry
{
    /// <summary>Shorter values are too common in ordinary text to redact safely.</summary>
    public const int MinimumLength = 6;

    private readonly object gate = new();
    private readonly Queue<string> order = new();
    private Snapshot snapshot = Snapshot.Empty;

    /// <summary>
    /// How many secrets are remembered (newest kept). Bounded so a long-running service that rotates or
    /// reveals many keys neither grows without limit nor rebuilds an ever larger search on each one.
    /// </summary>
    public int Capacity { get; init; } = 256;

    /// <summary>Also redact provider secrets of known shapes found by the detection engine (default on).</summary>
    public bool DetectProviderShapes { get; init; } = true;

    /// <summary>True when there is nothing to redact: no known value and shape detection off.</summary>
    public bool IsEmpty => !DetectProviderShapes && Volatile.Read(ref snapshot).Forms.IsEmpty;

    public int Count => Volatile.Read(ref snapshot).Forms.Count;

    public void Register(string? secret)
    {
        if (secret is null || secret.Length < MinimumLength)
        {
            return;
        }

        // Every reveal registers its secret: the common case (already known) must not take the lock.
        if (Volatile.Read(ref snapshot).Forms.ContainsKey(secret))
        {
            return;
        }

        lock (gate)
        {
            var current = snapshot.Forms;
            if (current.ContainsKey(secret))
            {
                return;
            }

            var builder = current.ToBuilder();
            AddForms(builder, secret);
            order.Enqueue(secret);
            while (order.Count > Capacity)
            {
                foreach (var form in Forms(order.Dequeue()))
                {
                    builder.Remove(form);
                }
            }

            Volatile.Write(ref snapshot, new Snapshot(builder.ToImmutable()));
        }
    }

    /// <summary>True when <paramref name="text"/> contains a registered secret in any form.</summary>
    public bool ContainsSecret(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var current = Volatile.Read(ref snapshot);
        return (!current.Forms.IsEmpty && text.AsSpan().IndexOfAny(current.Search) >= 0)
            || (DetectProviderShapes && SecretScanner.Scan(text).Count > 0);
    }

    /// <summary>
    /// Replaces every registered secret with <c>[redacted:&lt;fingerprint&gt;]</c> and every detected provider
    /// secret with <c>[redacted:&lt;kind&gt;:&lt;fingerprint&gt;]</c>; returns the same instance when nothing matched.
    /// </summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var known = RedactKnown(text);
        return DetectProviderShapes ? RedactDetected(known) : known;
    }

    private static string[] Forms(string secret) =>
        [secret, Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)), Uri.EscapeDataString(secret)];

    private static void AddForms(ImmutableDictionary<string, string>.Builder builder, string secret)
    {
        var fingerprint = SecretFingerprint.Of(secret);
        foreach (var form in Forms(secret))
        {
            builder.TryAdd(form, fingerprint);
        }
    }

    private static string RedactDetected(string text)
    {
        var findings = SecretScanner.Scan(text);
        if (findings.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in findings)
        {
            builder.Append(text, position, finding.Start - position)
                .Append("[redacted:").Append(finding.Kind).Append(':').Append(finding.Fingerprint).Append(']');
            position = finding.Start + finding.Length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private string RedactKnown(string text)
    {
        var current = Volatile.Read(ref snapshot);
        if (current.Forms.IsEmpty)
        {
            return text;
        }

        var first = text.AsSpan().IndexOfAny(current.Search);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        var next = first;
        while (next >= 0)
        {
            var at = position + next;
            var match = current.LongestAt(text, at);
            builder.Append(text, position, at - position).Append("[redacted:").Append(current.Forms[match]).Append(']');
            position = at + match.Length;
            next = text.AsSpan(position).IndexOfAny(current.Search);
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private sealed class Snapshot
    {
        public static readonly Snapshot Empty = new(ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

        public Snapshot(ImmutableDictionary<string, string> forms)
        {
            Forms = forms;
            Search = SearchValues.Create([.. forms.Keys], StringComparison.Ordinal);
            ByLengthDescending = [.. forms.Keys.OrderByDescending(k => k.Length)];
        }

        /// <summary>Secret form → fingerprint of the secret.</summary>
        public ImmutableDictionary<string, string> Forms { get; }

        public SearchValues<string> Search { get; }

        private string[] ByLengthDescending { get; }

        public string LongestAt(string text, int index)
        {
            foreach (var form in ByLengthDescending)
            {
                if (text.AsSpan(index).StartsWith(form, StringComparison.Ordinal))
                {
                    return form;
                }
            }

            throw new InvalidOperationException("The search reported a match that no secret form explains.");
        }
    }
}
