using System;
using Eval752.Guardrails.Detection.Keys;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.KeyMaterial;

/// <summary>
/// Published test vectors use zero-filled and counting keys; inside a class that says it holds
/// test vectors (<c>AesGcmTestVectors</c>, <c>KnownAnswerTests</c>) those are not secrets.
/// Any other bytes, or the same bytes anywhere else, are still reported.
/// </summary>
internal static class TestVectorScope
{
    public static bool IsExempt(byte[] bytes, ISymbol? location) =>
        KeyMaterialText.IsZeroOrCounting(bytes) && IsInTestVectorType(location);

    private static bool IsInTestVectorType(ISymbol? symbol)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.Name.IndexOf("TestVector", StringComparison.OrdinalIgnoreCase) >= 0
                || type.Name.IndexOf("KnownAnswer", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
