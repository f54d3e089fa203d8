namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>Where a secret value came from, as a diagnostic names it ("configuration key OPENAI_API_KEY"); never the value.</summary>
internal sealed class SecretOrigin(string description)
{
    public string Description { get; } = description;

    public override string ToString() => Description;
}
