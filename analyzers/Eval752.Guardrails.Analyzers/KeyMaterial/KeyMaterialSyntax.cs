using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eval752.Guardrails.Analyzers.KeyMaterial;

/// <summary>
/// The syntax-only twin of <see cref="KeyMaterialLiteral"/>, for initializers of fields and
/// properties declared in another file, where no semantic model is at hand (RS1030).
/// </summary>
internal static class KeyMaterialSyntax
{
    public static byte[]? TryGetBytes(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ArrayCreationExpressionSyntax { Initializer: { } initializer } array
                when array.Type.ElementType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.ByteKeyword }:
                return NumericBytes(initializer.Expressions);
            case CollectionExpressionSyntax collection:
                return CollectionBytes(collection);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                return Encoding.UTF8.GetBytes(literal.Token.ValueText);
            case InvocationExpressionSyntax invocation:
                return DecodedInvocation(invocation);
            default:
                return null;
        }
    }

    private static byte[]? DecodedInvocation(InvocationExpressionSyntax invocation)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax member
            || invocation.ArgumentList.Arguments.Count != 1
            || invocation.ArgumentList.Arguments[0].Expression is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return null;
        }

        var text = literal.Token.ValueText;
        var receiver = member.Expression.ToString();
        try
        {
            return member.Name.Identifier.ValueText switch
            {
                "FromHexString" when receiver.EndsWith("Convert", StringComparison.Ordinal) => KeyMaterialLiteral.HexToBytes(text),
                "FromBase64String" when receiver.EndsWith("Convert", StringComparison.Ordinal) => Convert.FromBase64String(text),
                "GetBytes" when receiver.Contains("Encoding") => Encoding.UTF8.GetBytes(text),
                _ => null,
            };
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[]? CollectionBytes(CollectionExpressionSyntax collection)
    {
        var bytes = new byte[collection.Elements.Count];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (collection.Elements[i] is not ExpressionElementSyntax element || !TryNumeric(element.Expression, out bytes[i]))
            {
                return null;
            }
        }

        return bytes.Length == 0 ? null : bytes;
    }

    private static byte[]? NumericBytes(SeparatedSyntaxList<ExpressionSyntax> expressions)
    {
        var bytes = new byte[expressions.Count];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!TryNumeric(expressions[i], out bytes[i]))
            {
                return null;
            }
        }

        return bytes.Length == 0 ? null : bytes;
    }

    private static bool TryNumeric(ExpressionSyntax expression, out byte value)
    {
        while (expression is CastExpressionSyntax cast)
        {
            expression = cast.Expression;
        }

        if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.NumericLiteralExpression) && literal.Token.Value is { } number)
        {
            value = unchecked((byte)Convert.ToInt64(number, CultureInfo.InvariantCulture));
            return true;
        }

        value = 0;
        return false;
    }
}
