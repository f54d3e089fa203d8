using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>
/// The exception sinks of EG0102: the arguments of a new exception (its message, parameter name, any text;
/// not an inner exception), and values stored in <c>Exception.Data</c> (<c>ex.Data["k"] = v</c>,
/// <c>ex.Data.Add(k, v)</c>). Exceptions end up in logs, error responses and crash reports.
/// </summary>
internal static class ExceptionSinks
{
    public static (string Sink, IEnumerable<IOperation> Values)? Of(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation creation when TypeNames.IsOrDerives(creation.Type, "System", "Exception"):
                return ("the message of " + creation.Type!.Name, Arguments(creation.Arguments));
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } data } } assignment when IsExceptionData(data):
                return ("Exception.Data", [assignment.Value]);
            case IInvocationOperation { TargetMethod.Name: "Add", Instance: { } data } add when IsExceptionData(data) && add.Arguments.Length == 2:
                return ("Exception.Data", [add.Arguments[1].Value]);
            default:
                return null;
        }
    }

    private static IEnumerable<IOperation> Arguments(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && !TypeNames.IsOrDerives(parameter.Type, "System", "Exception"))
            {
                yield return argument.Value;
            }
        }
    }

    private static bool IsExceptionData(IOperation instance) =>
        instance is IPropertyReferenceOperation { Property.Name: "Data" } data && TypeNames.IsOrDerives(data.Property.ContainingType, "System", "Exception");
}
