using System;
using System.Collections.Immutable;
using System.Text;
using Eval752.Guardrails.Detection.Keys;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.KeyMaterial;

/// <summary>
/// Recognises expressions whose value is key material fixed at compile time: byte array and
/// collection literals of constants, <c>"…"u8</c>, and <c>Convert.FromHexString</c>,
/// <c>Convert.FromBase64String</c> or <c>Encoding.*.GetBytes</c> over a constant string.
/// </summary>
internal static class KeyMaterialLiteral
{
    /// <summary>Returns the constant bytes of <paramref name="operation"/>, or null when it is not literal key material.</summary>
    public static byte[]? TryGetBytes(IOperation operation)
    {
        switch (operation)
        {
            case IArrayCreationOperation { Initializer: { } initializer } array when IsByteArray(array.Type):
                return ConstantBytes(initializer.ElementValues);
            case ICollectionExpressionOperation collection when IsByteSequence(collection.Type):
                return ConstantBytes(collection.Elements);
            case IUtf8StringOperation utf8:
                return Encoding.UTF8.GetBytes(utf8.Value);
            case IInvocationOperation invocation:
                return DecodedConstantArgument(invocation);
            default:
                return null;
        }
    }

    private static byte[]? DecodedConstantArgument(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var name = method.Name;
        if ((name != "GetBytes" && name != "FromHexString" && name != "FromBase64String")
            || invocation.Arguments.Length != 1
            || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string text })
        {
            return null;
        }

        if (name == "GetBytes")
        {
            return DerivesFrom(method.ContainingType, "System.Text.Encoding") ? Encoding.UTF8.GetBytes(text) : null;
        }

        if (method.ContainingType is not { Name: "Convert", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
        {
            return null;
        }

        try
        {
            return method.Name switch
            {
                "FromHexString" => HexToBytes(text),
                "FromBase64String" => Convert.FromBase64String(text),
                _ => null,
            };
        }
        catch (FormatException)
        {
            // Not decodable: the call throws at run time, so no key ever reaches the sink.
            return null;
        }
    }

    internal static byte[]? HexToBytes(string text)
    {
        if (!KeyMaterialText.IsHex(text))
        {
            return null;
        }

        var bytes = new byte[text.Length / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((HexValue(text[2 * i]) << 4) | HexValue(text[(2 * i) + 1]));
        }

        return bytes;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static byte[]? ConstantBytes(ImmutableArray<IOperation> elements)
    {
        if (elements.IsEmpty)
        {
            return null;
        }

        var bytes = new byte[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            var constant = elements[i].ConstantValue;
            if (!constant.HasValue || constant.Value is null)
            {
                return null;
            }

            bytes[i] = unchecked((byte)Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return bytes;
    }

    private static bool IsByteArray(ITypeSymbol? type) =>
        type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };

    private static bool IsByteSequence(ITypeSymbol? type) =>
        IsByteArray(type)
        || (type is INamedTypeSymbol { IsGenericType: true } named
            && named.TypeArguments.Length == 1
            && named.TypeArguments[0].SpecialType == SpecialType.System_Byte
            && (named.Name == "ReadOnlySpan" || named.Name == "Span")
            && named.ContainingNamespace?.ToDisplayString() == "System");

    internal static bool DerivesFrom(ITypeSymbol? type, string fullName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == fullName)
            {
                return true;
            }
        }

        return false;
    }
}
