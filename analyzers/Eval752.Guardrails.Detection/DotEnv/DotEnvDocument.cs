using System;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.DotEnv;

/// <summary>A parsed .env file: its assignments in file order and the problems found on the way.</summary>
internal sealed class DotEnvDocument
{
    public DotEnvDocument(IReadOnlyList<DotEnvEntry> entries, IReadOnlyList<DotEnvProblem> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    public IReadOnlyList<DotEnvEntry> Entries { get; }

    public IReadOnlyList<DotEnvProblem> Problems { get; }

    /// <summary>
    /// The effective assignment of <paramref name="name"/> (the last one, as shells and Docker Compose
    /// read it), compared case-insensitively like ASP.NET Core configuration keys; null when absent.
    /// </summary>
    public DotEnvEntry? Find(string name)
    {
        for (var i = Entries.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Entries[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return Entries[i];
            }
        }

        return null;
    }
}
