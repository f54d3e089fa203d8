using System.Collections.Generic;
using Eval752.Guardrails.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0104: an object whose type shows a secret member (<see cref="PrintedSecrets"/>) is logged whole: destructured by
/// Serilog's <c>{@X}</c> or by <c>[LogProperties]</c> (unless the parameter is classified), or rendered by its
/// <c>ToString</c> as a structured argument, a Console/Debug/Trace value or a part of an interpolated or concatenated
/// message; a collection is judged by its items. Reported at the sink call. Runs inside <see cref="SecretFlowAnalyzer"/>, after EG0101 found no secret text.
/// </summary>
internal static class SecretObjectLoggedRule
{
    public static Diagnostic? Check(IOperation sink, string sinkName, IReadOnlyList<IOperation> values, PrintedSecrets printed)
    {
        var holes = sinkName.StartsWith("Serilog", System.StringComparison.Ordinal) && values.Count > 0 && values[0].ConstantValue.Value is string template
            ? SerilogHoles(template)
            : null;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            var destructure = (holes is not null && i > 0 && i - 1 < holes.Count && holes[i - 1])
                || (value.Parent is IArgumentOperation { Parameter: { } parameter } && HasLogProperties(parameter));
            foreach (var operand in Operands(value))
            {
                if (operand.Type is not { } type)
                {
                    continue;
                }

                // A collection is rendered (and destructured) item by item: MEL joins the items' ToString, Serilog writes a sequence.
                type = ElementOf(type) ?? type;
                var origin = destructure ? printed.WhenDestructured(type) : printed.WhenRendered(type);
                if (origin is not null)
                {
                    var how = destructure ? sinkName + (holes is not null ? " ({@…} destructures it)" : " ([LogProperties] writes every property)") : sinkName + " (through its ToString)";
                    return Diagnostic.Create(Descriptors.Descriptors.SecretObjectLogged, sink.Syntax.GetLocation(), [operand.Syntax.GetLocation()], type.Name, how, origin.Description);
                }
            }
        }

        return null;
    }

    /// <summary>The object operands a value renders: itself, or the parts of an interpolation or concatenation.</summary>
    private static IEnumerable<IOperation> Operands(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        switch (value)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation)
                    {
                        foreach (var operand in Operands(interpolation.Expression))
                        {
                            yield return operand;
                        }
                    }
                }

                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                foreach (var operand in Operands(concatenation.LeftOperand))
                {
                    yield return operand;
                }

                foreach (var operand in Operands(concatenation.RightOperand))
                {
                    yield return operand;
                }

                break;
            default:
                yield return value;
                break;
        }
    }

    /// <summary>The item type of an array or a generic collection (<c>IEnumerable&lt;T&gt;</c>), not of a string.</summary>
    private static ITypeSymbol? ElementOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented is { Name: "IEnumerable", IsGenericType: true, TypeArguments.Length: 1 } enumerable
                && TypeNames.NamespaceIs(enumerable.ContainingNamespace, "System.Collections.Generic"))
            {
                return enumerable.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>For each hole of a Serilog message template, in order: whether it destructures (<c>{@Name}</c>).</summary>
    private static List<bool> SerilogHoles(string template)
    {
        var holes = new List<bool>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            holes.Add(i + 1 < template.Length && template[i + 1] == '@');
        }

        return holes;
    }

    /// <summary><c>[LogProperties]</c> on a <c>[LoggerMessage]</c> parameter, without a data classification that redacts it.</summary>
    private static bool HasLogProperties(IParameterSymbol parameter)
    {
        var logProperties = false;
        foreach (var attribute in parameter.GetAttributes())
        {
            logProperties |= attribute.AttributeClass?.Name == "LogPropertiesAttribute";
        }

        return logProperties && !SecretSymbols.HasClassification(parameter);
    }
}
