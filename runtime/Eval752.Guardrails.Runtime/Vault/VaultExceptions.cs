using Eval752.Guardrails.Runtime.Keys;

namespace Eval752.Guardrails.Runtime.Vault;

/// <summary>A provider name is already taken (HTTP 409).</summary>
public sealed class DuplicateProviderNameException : Exception
{
    public DuplicateProviderNameException(string name)
        : base($"A provider named '{name}' already exists; choose another name or update that provider.")
    {
        Name = name;
    }

    public DuplicateProviderNameException()
        : this(string.Empty)
    {
    }

    public DuplicateProviderNameException(string message, Exception innerException)
        : base(message, innerException)
    {
        Name = string.Empty;
    }

    public string Name { get; }
}

/// <summary>No provider has this id (HTTP 404).</summary>
public sealed class ProviderNotFoundException : Exception
{
    public ProviderNotFoundException(Guid id)
        : base($"No provider has id {id}.")
    {
        Id = id;
    }

    public ProviderNotFoundException()
        : this(Guid.Empty)
    {
    }

    public ProviderNotFoundException(string message)
        : base(message)
    {
    }

    public ProviderNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Guid Id { get; }
}

/// <summary>
/// The database's active key is one this service does not hold, so it must not encrypt: deploy the
/// key to this service (ENCRYPTION_KEY / ENCRYPTION_KEYS_PREVIOUS) before promoting it.
/// </summary>
public sealed class ActiveKeyUnavailableException : Exception
{
    public ActiveKeyUnavailableException(KeyId activeKeyId)
        : base($"The vault's active key id is {activeKeyId}, which this service does not hold; it refuses to encrypt. "
            + $"Deploy that key to this service in {VaultVariables.EncryptionKey} or {VaultVariables.PreviousEncryptionKeys}.")
    {
        ActiveKeyId = activeKeyId;
    }

    public ActiveKeyUnavailableException()
        : this(default(KeyId))
    {
    }

    public ActiveKeyUnavailableException(string message)
        : base(message)
    {
    }

    public ActiveKeyUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KeyId ActiveKeyId { get; }
}
