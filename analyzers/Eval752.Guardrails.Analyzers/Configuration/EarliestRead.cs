using System;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>
/// The first read of a compilation in file and position order, whatever order the concurrent analysis
/// visits them in: where a one-per-project diagnostic ("there is no .env.example") is reported, stably.
/// </summary>
internal sealed class EarliestRead
{
    private readonly object gate = new();
    private ConfigurationRead? earliest;

    public ConfigurationRead? Value
    {
        get
        {
            lock (gate)
            {
                return earliest;
            }
        }
    }

    public void Offer(in ConfigurationRead read)
    {
        lock (gate)
        {
            if (earliest is not { } current || Compare(read.Location, current.Location) < 0)
            {
                earliest = read;
            }
        }
    }

    private static int Compare(Location left, Location right)
    {
        var byPath = string.CompareOrdinal(left.SourceTree?.FilePath, right.SourceTree?.FilePath);
        return byPath != 0 ? byPath : left.SourceSpan.Start.CompareTo(right.SourceSpan.Start);
    }
}
