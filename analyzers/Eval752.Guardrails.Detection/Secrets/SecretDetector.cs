using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>
/// One provider shape: the fixed anchors it starts with, and a structural check run only where an anchor
/// occurs. Detectors never use regular expressions; each check reads a bounded number of characters.
/// </summary>
internal abstract class SecretDetector
{
    public abstract string Kind { get; }

    public abstract IReadOnlyList<string> Anchors { get; }

    /// <summary>Checks the token whose anchor starts at <paramref name="start"/>; returns its length, or 0 when it is not this secret.</summary>
    public abstract int Match(string text, int start, string anchor);

    /// <summary>
    /// The part of a match that is the secret itself, for its span and fingerprint. Most shapes are their whole match;
    /// a detector anchored on the name in front of the value (AWS secret keys) reports the value alone, so the same
    /// key has one fingerprint in every file and in code.
    /// </summary>
    public virtual (int Start, int Length) SecretSpan(string text, int start, int length) => (start, length);

    public virtual SecretConfidence Confidence => SecretConfidence.High;

    public virtual SecretFamily Family => SecretFamily.ProviderKey;
}
