using Eval752.Guardrails.Analyzers.Literals;
using Eval752.Guardrails.Detection.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.KeyMaterial;

/// <summary>
/// Where key material must never come from a literal: key parameters of the BCL's cryptography
/// types (AesGcm, AesCcm, ChaCha20Poly1305, HMAC*, HKDF, SymmetricAlgorithm), <c>Key</c> properties,
/// <c>SymmetricSecurityKey</c>, and anything named like an encryption key. Each description says
/// where the value goes, for the diagnostic message.
/// </summary>
internal static class KeyMaterialSinks
{
    private const string CryptographyNamespace = "System.Security.Cryptography";

    public static string? DescribeArgument(IArgumentOperation argument)
    {
        if (argument.Parameter is not { } parameter || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return null;
        }

        var type = method.ContainingType;
        if (IsKeyParameter(parameter.Name) && (IsCryptographyType(type) || type.Name == "SymmetricSecurityKey"))
        {
            return method.MethodKind == MethodKind.Constructor
                ? $"the {type.Name} key"
                : $"the key of {type.Name}.{method.Name}";
        }

        if (NameClassificationCache.EncryptionKey.Matches(parameter.Name))
        {
            return $"parameter '{parameter.Name}'";
        }

        // SetEnvironmentVariable("ENCRYPTION_KEY", value), dictionary.Add("ENCRYPTION_KEY", value), new KeyValuePair(...).
        return ValueDestination.KeyBeside(argument) is { } keyName ? DescribeName(keyName) : null;
    }

    public static string? DescribeAssignmentTarget(IOperation target)
    {
        switch (target)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return ValueDestination.ConstantKey(indexer.Arguments) is { } keyName && NameClassificationCache.EncryptionKey.Matches(keyName)
                    ? $"configuration key '{keyName}'"
                    : null;
            case IPropertyReferenceOperation { Property.Name: "Key" } property when IsKeyedAlgorithm(property.Property.ContainingType):
                return $"{property.Property.ContainingType.Name}.Key";
            case IMemberReferenceOperation member:
                return DescribeName(member.Member.Name);
            case ILocalReferenceOperation local:
                return DescribeName(local.Local.Name);
            case IParameterReferenceOperation parameter:
                return DescribeName(parameter.Parameter.Name);
            default:
                return null;
        }
    }

    public static string? DescribeName(string name) =>
        NameClassificationCache.EncryptionKey.Matches(name) ? $"'{name}'" : null;

    private static bool IsKeyParameter(string name) =>
        name == "key" || name == "rgbKey" || name == "ikm" || name == "prk";

    private static bool IsCryptographyType(INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() == CryptographyNamespace;

    private static bool IsKeyedAlgorithm(INamedTypeSymbol type) =>
        KeyMaterialLiteral.DerivesFrom(type, CryptographyNamespace + ".SymmetricAlgorithm")
        || KeyMaterialLiteral.DerivesFrom(type, CryptographyNamespace + ".KeyedHashAlgorithm");
}
