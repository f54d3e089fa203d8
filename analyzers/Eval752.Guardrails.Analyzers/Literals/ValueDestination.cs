using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Literals;

/// <summary>
/// The name a value is stored under, one step from where it is written: the local, field or property it
/// initializes or is assigned to, the parameter it is passed as (named or positional), the member that
/// returns it, a constant indexer key (<c>config["Smtp:Password"] = …</c>, <c>["API_KEY"] = …</c>), or the
/// constant key argument beside it (<c>SetEnvironmentVariable("X_TOKEN", …)</c>, <c>dict.Add("X_TOKEN", …)</c>).
/// </summary>
internal static class ValueDestination
{
    public static string? NameOf(IOperation value)
    {
        var current = value;
        var parent = value.Parent;
        while (parent is IConversionOperation or ICoalesceOperation or IConditionalOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
            IFieldInitializerOperation field => field.InitializedFields.Length > 0 ? field.InitializedFields[0].Name : null,
            IPropertyInitializerOperation property => property.InitializedProperties.Length > 0 ? property.InitializedProperties[0].Name : null,
            IParameterInitializerOperation parameter => parameter.Parameter.Name,
            ISimpleAssignmentOperation assignment when assignment.Value == current => TargetName(assignment.Target),
            IArgumentOperation argument => ArgumentName(argument),
            IReturnOperation => ReturningMemberName(value),
            _ => null,
        };
    }

    private static string? TargetName(IOperation target) => target switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer => ConstantKey(indexer.Arguments),
        IMemberReferenceOperation member => member.Member.Name,
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        _ => null,
    };

    private static string? ArgumentName(IArgumentOperation argument)
    {
        if (argument.Parameter is not { } parameter)
        {
            return null;
        }

        // Key/value APIs: the key argument names the value (environment variables, dictionaries, pairs).
        if (parameter.Name == "value" && argument.Parent is { } call)
        {
            foreach (var sibling in call.ChildOperations)
            {
                if (sibling is IArgumentOperation { Parameter.Name: "key" or "variable" or "name" } key
                    && key.Value.ConstantValue is { HasValue: true, Value: string name })
                {
                    return name;
                }
            }
        }

        return parameter.Name;
    }

    private static string? ConstantKey(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string key })
            {
                return key;
            }
        }

        return null;
    }

    private static string? ReturningMemberName(IOperation value)
    {
        var member = value.SemanticModel?.GetEnclosingSymbol(value.Syntax.SpanStart);
        if (member is IMethodSymbol { AssociatedSymbol: { } associated })
        {
            member = associated;
        }

        return member is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } ? null : member?.Name;
    }
}
