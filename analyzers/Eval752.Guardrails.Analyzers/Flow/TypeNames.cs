using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>
/// Matches types by namespace and name without a reference to their assembly (Serilog, NLog, log4net and
/// Microsoft.Extensions.Logging need not be referenced by the analyzer). The name is compared first, so the
/// namespace walk runs only for the rare type that already has the right name.
/// </summary>
internal static class TypeNames
{
    public static bool Is(ITypeSymbol? type, string containingNamespace, string name) =>
        type is not null && type.Name == name && NamespaceIs(type.ContainingNamespace, containingNamespace);

    public static bool NamespaceIs(INamespaceSymbol? symbol, string dotted)
    {
        var end = dotted.Length;
        while (symbol is { IsGlobalNamespace: false })
        {
            var name = symbol.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(dotted, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            end = start - 1;
            if (end >= 0 && dotted[end] != '.')
            {
                return false;
            }

            symbol = symbol.ContainingNamespace;
        }

        return end == -1;
    }

    /// <summary><paramref name="type"/> or one of its base types or interfaces is the named type.</summary>
    public static bool IsOrDerives(ITypeSymbol? type, string containingNamespace, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, containingNamespace, name))
            {
                return true;
            }
        }

        if (type is not null)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (Is(implemented, containingNamespace, name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a value of this type can carry a secret's text: strings, characters in bulk, bytes, builders,
    /// objects and collections can; booleans, numbers, enums, dates and GUIDs cannot (a length, a comparison,
    /// <c>IsNullOrEmpty</c> are never leaks).
    /// </summary>
    public static bool CanCarryText(ITypeSymbol? type)
    {
        if (type is null)
        {
            return true;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return false;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_DateTime:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return CanCarryText(nullable.TypeArguments[0]);
        }

        return !(type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }
            && type.Name is "Guid" or "TimeSpan" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "Half" or "Int128" or "UInt128");
    }
}
