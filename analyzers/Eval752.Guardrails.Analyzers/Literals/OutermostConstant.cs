using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Literals;

/// <summary>
/// The value of a string constant judged once, whole: a literal, UTF-8 literal, or a concatenation or
/// interpolation the compiler folds (across <c>const</c> fields too), unless it is a piece of a larger
/// constant, which is judged instead.
/// </summary>
internal static class OutermostConstant
{
    public static string? TextOf(IOperation operation, int minimumLength)
    {
        var text = LiteralText.Of(operation);
        return text is null || text.Length < minimumLength || IsInsideLargerConstant(operation) ? null : text;
    }

    private static bool IsInsideLargerConstant(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IBinaryOperation or IInterpolatedStringOperation when LiteralText.Of(parent) is not null:
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
