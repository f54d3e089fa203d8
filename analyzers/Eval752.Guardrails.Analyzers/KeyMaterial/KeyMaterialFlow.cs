using Eval752.Guardrails.Analyzers.Literals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.KeyMaterial;

/// <summary>
/// Follows a value one step to where it is stored or passed (through conversions), and for a local
/// that is not itself named like a key, to each place the same method uses that local.
/// </summary>
internal static class KeyMaterialFlow
{
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    public static string? DescribeDestination(IOperation value, bool followLocals)
    {
        var current = value;
        var parent = value.Parent;
        while (parent is IConversionOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IArgumentOperation argument:
                return KeyMaterialSinks.DescribeArgument(argument);
            case ISimpleAssignmentOperation assignment when assignment.Value == current:
                return KeyMaterialSinks.DescribeAssignmentTarget(assignment.Target);
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return KeyMaterialSinks.DescribeName(declarator.Symbol.Name)
                    ?? (followLocals ? DescribeLocalUses(declarator.Symbol, declarator) : null);
            case IFieldInitializerOperation field:
                foreach (var symbol in field.InitializedFields)
                {
                    if (KeyMaterialSinks.DescribeName(symbol.Name) is { } description)
                    {
                        return description;
                    }
                }

                return null;
            case IPropertyInitializerOperation property:
                foreach (var symbol in property.InitializedProperties)
                {
                    if (KeyMaterialSinks.DescribeName(symbol.Name) is { } description)
                    {
                        return description;
                    }
                }

                return null;
            case IReturnOperation:
                return DescribeReturningMember(value);
            default:
                return null;
        }
    }

    private static string? DescribeLocalUses(ILocalSymbol local, IOperation within)
    {
        var root = within;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && DescribeDestination(reference, followLocals: false) is { } description)
            {
                return description;
            }
        }

        return null;
    }

    private static string? DescribeReturningMember(IOperation value) =>
        ValueDestination.ReturningMemberName(value) is { } name ? KeyMaterialSinks.DescribeName(name) : null;
}
