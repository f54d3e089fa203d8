using Eval752.Guardrails.Analyzers.Literals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.CodeFixes.MoveSecret;

/// <summary>
/// Names the variable a hardcoded secret moves to from where the value is written: the key the code
/// already uses (indexer, dictionary, <c>SetEnvironmentVariable</c>), the member of an options class,
/// or the local, field, property or parameter it initializes; the detector kind decides when the
/// name says nothing (<c>apiKey</c> of an OpenAI client is <c>OPENAI_API_KEY</c>).
/// </summary>
internal static class SecretDestination
{
    public static SecretVariableName NameFor(IOperation? value, string? kind)
    {
        if (value is null)
        {
            return SecretVariableName.FromIdentifier(null, kind);
        }

        var (current, parent) = ValueDestination.Writer(value);

        return parent switch
        {
            IPropertyInitializerOperation { InitializedProperties.Length: > 0 } property => FromMember(property.InitializedProperties[0], kind),
            IFieldInitializerOperation { InitializedFields.Length: > 0 } field => FromMember(field.InitializedFields[0], kind),
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => SecretVariableName.FromIdentifier(declarator.Symbol.Name, kind),
            IParameterInitializerOperation parameter => SecretVariableName.FromIdentifier(parameter.Parameter.Name, kind),
            ISimpleAssignmentOperation assignment when assignment.Value == current => FromTarget(assignment.Target, kind),
            IArgumentOperation argument when ValueDestination.KeyBeside(argument) is { } key => SecretVariableName.FromKey(key),
            IArgumentOperation argument => SecretVariableName.FromIdentifier(argument.Parameter?.Name, kind),
            IReturnOperation => SecretVariableName.FromIdentifier(ValueDestination.ReturningMemberName(value), kind),
            _ => SecretVariableName.FromIdentifier(null, kind),
        };
    }

    private static SecretVariableName FromTarget(IOperation target, string? kind) => target switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer when ValueDestination.ConstantKey(indexer.Arguments) is { } key => SecretVariableName.FromKey(key),
        IMemberReferenceOperation member => FromMember(member.Member, kind),
        ILocalReferenceOperation local => SecretVariableName.FromIdentifier(local.Local.Name, kind),
        IParameterReferenceOperation parameter => SecretVariableName.FromIdentifier(parameter.Parameter.Name, kind),
        _ => SecretVariableName.FromIdentifier(null, kind),
    };

    private static SecretVariableName FromMember(ISymbol member, string? kind) =>
        SecretVariableName.FromOptionsMember(member.ContainingType?.Name ?? string.Empty, member.Name)
        ?? SecretVariableName.FromIdentifier(member.Name, kind);
}
