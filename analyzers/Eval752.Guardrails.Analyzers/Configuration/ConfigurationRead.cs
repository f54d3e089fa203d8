using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>One configuration read: the key as the code spells it, its canonical variable name, and where to report.</summary>
internal readonly struct ConfigurationRead
{
    public const string VariableProperty = "Variable";

    /// <summary>The listing file the code fix edits, when the project has it.</summary>
    public const string ListingPathProperty = "ListingPath";

    public ConfigurationRead(string key, string variable, Location location, string? boundTo = null)
    {
        Key = key;
        BoundTo = boundTo;
        Variable = variable;
        Location = location;
    }

    public string Key { get; }

    /// <summary>The environment-variable form (<c>Smtp__Host</c>), as .env.example and the docs list it.</summary>
    public string Variable { get; }

    public Location Location { get; }

    /// <summary>For a variable an options type binds: the property it fills (<c>SmtpOptions.Host</c>); null for direct reads.</summary>
    public string? BoundTo { get; }

    /// <summary>How the message names the read: the variable, and the key too when the code spells it differently.</summary>
    public string Described =>
        BoundTo is not null ? $"{Variable} (bound to {BoundTo})"
        : Key == Variable ? Variable
        : $"{Variable} (read as '{Key}')";

    public ImmutableDictionary<string, string?> PropertiesFor(string? listingPath) =>
        ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, Variable).Add(ListingPathProperty, listingPath);
}
