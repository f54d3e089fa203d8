using Eval752.Guardrails.Detection.Naming;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>
/// Which fields, properties, parameters and types hold secrets (issue 4's sources): names that classify as a
/// secret (<see cref="SecretNames"/>: password, secret, token, API key, credential, private/encryption key,
/// connection string; not <c>tokenCount</c>, <c>keyId</c>, <c>passwordPolicy</c>, <c>maskedKey</c>); members and
/// parameters marked <c>[Secret]</c>, <c>[Sensitive]</c> (any namespace) or with any
/// <c>Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute</c>; and the string-like members
/// of the runtime's secret types, matched by name so no reference is needed.
/// </summary>
internal static class SecretSymbols
{
    /// <summary>The runtime's wrappers (and common look-alikes) whose raw text is a secret; their <c>ToString</c> is redacted.</summary>
    private static readonly string[] SecretTypeNames = ["ProviderSecret", "EncryptionKey", "SecretValue", "SensitiveString", "SecureSecret", "MasterKey"];

    public static SecretOrigin? OfSymbol(ISymbol symbol, SecretOriginCache origins) =>
        symbol is IFieldSymbol or IPropertySymbol or IParameterSymbol or ILocalSymbol ? origins.Classify(symbol, Classify) : null;

    private static SecretOrigin? Classify(ISymbol symbol, SecretOriginCache origins)
    {
        // A value of a secret wrapper type prints redacted; only its revealing members are sources.
        var type = symbol switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, IParameterSymbol p => p.Type, ILocalSymbol l => l.Type, _ => null };
        if (IsSecretType(type))
        {
            return null;
        }

        if (symbol is not ILocalSymbol && HasSecretAttribute(symbol))
        {
            return origins.For(symbol, "marked secret");
        }

        // By name only when the value is text: a `SecretClient secretClient` or `TokenCredential credential` object prints its type name.
        var name = symbol.Name;
        if (symbol is IPropertySymbol { IsIndexer: true } || name.Length == 0 || !IsText(type) || !NameClassificationCache.Secret.Matches(name))
        {
            return null;
        }

        return origins.For(symbol, null);
    }

    public static bool HasSecretAttribute(ISymbol symbol) =>
        IsMarked(symbol)

        // A property's attribute may sit on its backing field or a record's primary-constructor parameter.
        || (symbol is IPropertySymbol { ContainingType.IsRecord: true } property && FromPrimaryParameter(property));

    /// <summary>A <c>DataClassificationAttribute</c> (or [Secret]/[Sensitive]) on a <c>[LoggerMessage]</c> parameter: the logging generator redacts it.</summary>
    public static bool HasClassification(IParameterSymbol parameter) => IsMarked(parameter);

    /// <summary>The symbol itself carries <c>[Secret]</c>, <c>[Sensitive]</c> or a data classification.</summary>
    private static bool IsMarked(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsSecretAttribute(attribute.AttributeClass))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FromPrimaryParameter(IPropertySymbol property)
    {
        foreach (var constructor in property.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name && IsMarked(parameter))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsSecretAttribute(INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return false;
        }

        if (attribute.Name is "SecretAttribute" or "SensitiveAttribute" or "SensitiveDataAttribute")
        {
            return true;
        }

        for (var type = attribute; type is not null; type = type.BaseType)
        {
            if (TypeNames.Is(type, "Microsoft.Extensions.Compliance.Classification", "DataClassificationAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Types whose value is the text itself: strings, characters, bytes, builders, spans and memories of them.</summary>
    public static bool IsText(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return false;
            case IArrayTypeSymbol array:
                return array.ElementType.SpecialType is SpecialType.System_Char or SpecialType.System_Byte;
            case INamedTypeSymbol { SpecialType: SpecialType.System_String }:
                return true;
            case INamedTypeSymbol named when named.Name is "StringBuilder":
                return TypeNames.NamespaceIs(named.ContainingNamespace, "System.Text");
            case INamedTypeSymbol { IsGenericType: true } generic when generic.Name is "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory" or "Nullable":
                return generic.TypeArguments[0].SpecialType is SpecialType.System_Char or SpecialType.System_Byte;
            default:
                return false;
        }
    }

    public static bool IsSecretType(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var name in SecretTypeNames)
        {
            if (type.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A string-like member of a secret type that is not metadata (<c>Reveal()</c>, <c>Value</c>; not <c>Fingerprint</c>, <c>ToString</c>, <c>KeyId</c>).</summary>
    public static bool RevealsSecret(ISymbol member, ITypeSymbol? resultType)
    {
        if (!IsSecretType(member.ContainingType) || !TypeNames.CanCarryText(resultType) || member.Name is "ToString" or "GetHashCode" or "Equals" or "GetType")
        {
            return false;
        }

        foreach (var word in IdentifierWords.Split(member.Name))
        {
            if (word is "fingerprint" or "id" or "length" or "hash" or "redacted" or "masked" or "count" or "version" or "created" or "kind" or "name")
            {
                return false;
            }
        }

        return true;
    }
}
