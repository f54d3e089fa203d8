namespace Eval752.Guardrails.Detection.Secrets;

/// <summary>Which rule a finding belongs to: a provider key of a known shape (EG0001) or a credential in a connection string, URL or header (EG0002).</summary>
internal enum SecretFamily
{
    ProviderKey,
    Credential,
}
