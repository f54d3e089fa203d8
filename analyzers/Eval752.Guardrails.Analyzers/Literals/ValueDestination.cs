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
        var (current, parent) = Writer(value);

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

    /// <summary>
    /// What receives the value, past conversions, <c>??</c> and <c>?:</c> around it: the operation that
    /// writes it (<paramref name="value"/> or the wrapper holding it) and that operation's parent.
    /// </summary>
    internal static (IOperation Written, IOperation? Writer) Writer(IOperation value)
    {
        var current = value;
        var parent = value.Parent;
        while (parent is IConversionOperation or ICoalesceOperation or IConditionalOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        return (current, parent);
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

        return KeyBeside(argument) ?? parameter.Name;
    }

    /// <summary>
    /// Key/value APIs: for a <c>value</c> argument, the constant key passed beside it names it
    /// (<c>SetEnvironmentVariable("X_TOKEN", value)</c>, <c>dictionary.Add("X_TOKEN", value)</c>, <c>new KeyValuePair(…)</c>).
    /// </summary>
    internal static string? KeyBeside(IArgumentOperation argument)
    {
        if (argument.Parameter?.Name != "value" || argument.Parent is not { } call)
        {
            return null;
        }

        foreach (var sibling in call.ChildOperations)
        {
            if (sibling is IArgumentOperation { Parameter.Name: "key" or "variable" or "name" } key
                && key.Value.ConstantValue is { HasValue: true, Value: string name })
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The first constant string argument of an indexer: <c>config["Smtp:Password"]</c>.</summary>
    internal static string? ConstantKey(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
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

    /// <summary>The member a returned value comes out of (a property for getters), or null inside lambdas and local functions.</summary>
    internal static string? ReturningMemberName(IOperation value)
    {
        var member = value.SemanticModel?.GetEnclosingSymbol(value.Syntax.SpanStart);
        if (member is IMethodSymbol { AssociatedSymbol: { } associated })
        {
            member = associated;
        }

        return member is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } ? null : member?.Name;
    }
}
