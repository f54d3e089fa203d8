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

    public virtual SecretConfidence Confidence => SecretConfidence.High;

    public virtual SecretFamily Family => SecretFamily.ProviderKey;
}
