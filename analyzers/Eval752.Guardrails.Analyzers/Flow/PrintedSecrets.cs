using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>
/// What rendering an object of a type shows (EG0104), per type and cached for the compilation:
/// <list type="bullet">
/// <item><b>Destructured</b> (Serilog <c>{@X}</c>, <c>[LogProperties]</c>): every public property, so any secret one, or
/// one inside a public property's own type (one level of nesting).</item>
/// <item><b>Rendered by ToString</b> (MEL arguments, Console, interpolation): a record's synthesized ToString lists its
/// public properties (and nested records' ToString); an override shows what its summary returns.</item>
/// </list>
/// The runtime's secret wrapper types render redacted.
/// </summary>
internal sealed class PrintedSecrets(SecretOriginCache origins, TaintEvaluator evaluator)
{
    private readonly ConcurrentDictionary<ITypeSymbol, SecretOrigin?> destructured = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, SecretOrigin?> rendered = new(SymbolEqualityComparer.Default);

    public SecretOrigin? WhenDestructured(ITypeSymbol type) => destructured.GetOrAdd(type, t => Destructured(t, depth: 0));

    public SecretOrigin? WhenRendered(ITypeSymbol type) => rendered.GetOrAdd(type, t => Rendered(t, depth: 0));

    private SecretOrigin? Destructured(ITypeSymbol type, int depth)
    {
        if (!IsObjectType(type) || depth > 1)
        {
            return null;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property)
            {
                if (SecretSymbols.OfSymbol(property, origins) is { } origin)
                {
                    return origin;
                }

                if (Destructured(property.Type, depth + 1) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }

    private SecretOrigin? Rendered(ITypeSymbol type, int depth)
    {
        if (!IsObjectType(type) || depth > 1)
        {
            return null;
        }

        IMethodSymbol? toString = null;
        var printMembers = false;
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { Name: "ToString", Parameters.Length: 0, IsOverride: true, IsImplicitlyDeclared: false } method)
            {
                toString = method;
            }

            printMembers |= member is IMethodSymbol { Name: "PrintMembers", IsImplicitlyDeclared: false };
        }

        if (toString is not null)
        {
            return evaluator.Summaries.For(toString, evaluator) is { IsSecret: true } summary ? summary.Origin : null;
        }

        if (!type.IsRecord || printMembers)
        {
            return null;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property
                && (SecretSymbols.OfSymbol(property, origins) ?? Rendered(property.Type, depth + 1)) is { } origin)
            {
                return origin;
            }
        }

        return null;
    }

    private static bool IsObjectType(ITypeSymbol type) =>
        type.TypeKind is TypeKind.Class or TypeKind.Struct && type.SpecialType == SpecialType.None && !SecretSymbols.IsSecretType(type)
        && type.DeclaringSyntaxReferences.Length > 0;
}
