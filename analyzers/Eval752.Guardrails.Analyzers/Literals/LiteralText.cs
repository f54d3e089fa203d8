using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Literals;

/// <summary>
/// The string value of a literal-like operation, syntax first: a literal's value comes from its token,
/// which the lexer already holds as a string. <see cref="IOperation.ConstantValue"/> is asked only for
/// string-typed concatenations and interpolations, because the compiler keeps folded strings as ropes
/// and materializes (and weakly caches) a new string on every read: reading it for every literal was
/// most of the literal rules' cost (docs/performance.md).
/// </summary>
internal static class LiteralText
{
    public static string? Of(IOperation operation) => operation.Kind switch
    {
        OperationKind.Literal when operation.Syntax is LiteralExpressionSyntax literal => literal.Token.Value as string,
        // The text parts of an interpolation (raw ones lose their indentation): the compiler's value.
        OperationKind.Literal => operation.ConstantValue is { HasValue: true, Value: string part } ? part : null,
        OperationKind.Utf8String => ((IUtf8StringOperation)operation).Value,
        OperationKind.Binary or OperationKind.InterpolatedString
            when operation.Type?.SpecialType == SpecialType.System_String
            && operation.ConstantValue is { HasValue: true, Value: string folded } => folded,
        _ => null,
    };
}
