using System;
using System.Collections.Generic;
using Eval752.Guardrails.Detection.Configuration;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>
/// The names a compilation's read record lists (canonical spelling, sorted): a variable read by name as
/// written; a configuration key also with each <c>AddEnvironmentVariables</c> prefix; a key whose section
/// is uncertain also as a suffix pattern <c>*__Key</c> (<see cref="ConfigurationReadRecord.SuffixMarker"/>).
/// </summary>
internal sealed class ReadNames(IReadOnlyList<string> prefixes)
{
    public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary><c>Environment.GetEnvironmentVariable("X")</c>: the variable exactly as named.</summary>
    public void AddVariable(string name)
    {
        var variable = ConfigurationVariable.Canonical(name);
        if (variable.Length > 0)
        {
            Names.Add(variable);
        }
    }

    /// <summary>A configuration key whose section path is known (bound): as written and through each prefix.</summary>
    public void AddBoundKey(string key)
    {
        var variable = ConfigurationVariable.Canonical(key);
        if (variable.Length == 0)
        {
            return;
        }

        Names.Add(variable);
        foreach (var prefix in prefixes)
        {
            Names.Add(prefix + variable);
        }
    }

    /// <summary>A key read on a receiver syntax cannot place: also any variable that ends with it.</summary>
    public void AddKey(string key)
    {
        AddBoundKey(key);
        var variable = ConfigurationVariable.Canonical(key);
        if (variable.Length > 0)
        {
            Names.Add(ConfigurationReadRecord.SuffixMarker + variable);
        }
    }
}
