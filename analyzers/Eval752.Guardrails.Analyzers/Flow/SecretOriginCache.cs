using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>One origin object (and one description string) per source symbol or key in a compilation.</summary>
internal sealed class SecretOriginCache
{
    private readonly ConcurrentDictionary<ISymbol, SecretOrigin> symbols = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, SecretOrigin> keys = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ISymbol, SecretOrigin?> classified = new(SymbolEqualityComparer.Default);

    /// <summary>Classifies each member or parameter once (names are cheap, attributes are not); locals are never cached (they do not repeat).</summary>
    public SecretOrigin? Classify(ISymbol symbol, System.Func<ISymbol, SecretOriginCache, SecretOrigin?> classify) =>
        symbol is ILocalSymbol ? classify(symbol, this) : classified.GetOrAdd(symbol, s => classify(s, this));

    public SecretOrigin For(ISymbol symbol, string? why) => symbols.GetOrAdd(symbol, s => new SecretOrigin(Describe(s, why)));

    public SecretOrigin For(string description) => keys.GetOrAdd(description, d => new SecretOrigin(d));

    private static string Describe(ISymbol symbol, string? why)
    {
        var kind = symbol switch
        {
            IParameterSymbol => "parameter",
            ILocalSymbol => "local",
            IFieldSymbol => "field",
            _ => "property",
        };
        var name = symbol is IParameterSymbol or ILocalSymbol ? symbol.Name : symbol.ContainingType?.Name + "." + symbol.Name;
        return why is null ? $"{kind} {name}" : $"{kind} {name} ({why})";
    }
}
