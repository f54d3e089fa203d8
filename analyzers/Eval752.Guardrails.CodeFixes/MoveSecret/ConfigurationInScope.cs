using System.Linq;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.CodeFixes.MoveSecret;

/// <summary>
/// An <c>IConfiguration</c> the code at a position can already reach: a parameter (including primary
/// constructor parameters), a local declared earlier, a field or property (instance ones only where
/// <c>this</c> exists), or the <c>Configuration</c> property of one (<c>builder.Configuration</c>).
/// </summary>
internal static class ConfigurationInScope
{
    private const string ConfigurationInterface = "Microsoft.Extensions.Configuration.IConfiguration";

    /// <summary>The expression text that reaches the configuration, or null when none is in scope.</summary>
    public static string? Find(SemanticModel model, int position)
    {
        if (model.Compilation.GetTypeByMetadataName(ConfigurationInterface) is not { } configuration)
        {
            return null;
        }

        var instanceAllowed = HasThis(model.GetEnclosingSymbol(position));
        var candidates = model.LookupSymbols(position)
            .Where(s => IsUsable(s, position, instanceAllowed))
            .OrderBy(Rank)
            .ToList();

        foreach (var symbol in candidates)
        {
            if (IsConfiguration(TypeOf(symbol), configuration))
            {
                return symbol.Name;
            }
        }

        foreach (var symbol in candidates)
        {
            if (TypeOf(symbol)?.GetMembers("Configuration").OfType<IPropertySymbol>()
                    .FirstOrDefault(p => !p.IsStatic && p.GetMethod is not null && IsConfiguration(p.Type, configuration)) is { } property)
            {
                return symbol.Name + "." + property.Name;
            }
        }

        return null;
    }

    /// <summary>Parameters and locals first: they say which configuration this code was given.</summary>
    private static int Rank(ISymbol symbol) => symbol switch
    {
        IParameterSymbol => 0,
        ILocalSymbol => 1,
        _ => 2,
    };

    private static bool IsUsable(ISymbol symbol, int position, bool instanceAllowed) => symbol switch
    {
        IParameterSymbol => true,
        ILocalSymbol local => local.DeclaringSyntaxReferences.All(r => r.Span.End <= position),
        IFieldSymbol or IPropertySymbol => symbol.IsStatic || instanceAllowed,
        _ => false,
    };

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static bool IsConfiguration(ITypeSymbol? type, INamedTypeSymbol configuration) =>
        type is not null
        && (SymbolEqualityComparer.Default.Equals(type, configuration) || type.AllInterfaces.Contains(configuration, SymbolEqualityComparer.Default));

    /// <summary>Instance members are reachable in instance methods and accessors, not in initializers or static code.</summary>
    private static bool HasThis(ISymbol? enclosing)
    {
        while (enclosing is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } nested)
        {
            enclosing = nested.ContainingSymbol;
        }

        return enclosing is IMethodSymbol { IsStatic: false };
    }
}
