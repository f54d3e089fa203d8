using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Literals;

/// <summary>
/// The compiler's constant string value of a literal-like operation (regular, verbatim, raw, UTF-8,
/// interpolated or concatenated constants, folded across <c>const</c> fields), taken once per
/// expression: a piece of a larger constant is left to the whole.
/// </summary>
internal static class ConstantStrings
{
    public static readonly OperationKind[] Kinds =
    {
        OperationKind.Literal,
        OperationKind.Utf8String,
        OperationKind.Binary,
        OperationKind.InterpolatedString,
    };

    public static string? OutermostText(IOperation operation, int minimumLength)
    {
        var text = operation switch
        {
            IUtf8StringOperation utf8 => utf8.Value,
            _ when operation.ConstantValue is { HasValue: true, Value: string value } => value,
            _ => null,
        };

        return text is null || text.Length < minimumLength || IsInsideLargerConstant(operation) ? null : text;
    }

    private static bool IsInsideLargerConstant(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IBinaryOperation or IInterpolatedStringOperation when parent.ConstantValue is { HasValue: true, Value: string }:
                    return true;
                case IBinaryOperation or IInterpolatedStringOperation or IInterpolatedStringTextOperation or IInterpolationOperation or IConversionOperation:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
