using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0103: a type whose secret member (<see cref="SecretSymbols"/>: secret-named text, or <c>[Secret]</c>/<c>[Sensitive]</c>/
/// data-classified) is shown by the type itself: a record's synthesized <c>ToString</c> (no <c>PrintMembers</c> or
/// <c>ToString</c> of its own), a <c>ToString</c> override or <c>PrintMembers</c> that includes it (traced like EG0101),
/// <c>[DebuggerDisplay]</c> naming it, or a type that is evidently serialized (<c>[Serializable]</c>, <c>[DataContract]</c>,
/// JSON attributes that shape output on it or its members, a <c>…Response</c>/<c>…Dto</c> name; never a
/// <c>…Request</c>/<c>…Command</c>/<c>…Input</c>, which is read, not written) without <c>[JsonIgnore]</c> on it.
/// The secret wrapper types print redacted and are never members to worry about.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretPrintingTypeAnalyzer : DiagnosticAnalyzer
{
    public const string FixProperty = "fix";
    public const string PrintMembersFix = "PrintMembers";
    public const string JsonIgnoreFix = "JsonIgnore";
    public const string NewtonsoftJsonIgnoreFix = "NewtonsoftJsonIgnore";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Descriptors.TypePrintsSecret);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var origins = new SecretOriginCache();
            var evaluator = new TaintEvaluator(origins, new MethodSummaries(start.Compilation, start.CancellationToken));
            start.RegisterSymbolAction(c => Analyze(c, (INamedTypeSymbol)c.Symbol, origins, evaluator), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type, SecretOriginCache origins, TaintEvaluator evaluator)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || SecretSymbols.IsSecretType(type))
        {
            return;
        }

        var secrets = new List<(ISymbol Member, SecretOrigin Origin)>();
        IMethodSymbol? toString = null;
        IMethodSymbol? printMembers = null;
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property
                    when !property.IsImplicitlyDeclared && SecretSymbols.OfSymbol(property, origins) is { } origin:
                    secrets.Add((property, origin));
                    break;
                case IFieldSymbol { IsStatic: false, IsConst: false, DeclaredAccessibility: Accessibility.Public, IsImplicitlyDeclared: false } field
                    when SecretSymbols.OfSymbol(field, origins) is { } origin:
                    secrets.Add((field, origin));
                    break;
                case IMethodSymbol { Name: "ToString", Parameters.Length: 0, IsOverride: true, IsImplicitlyDeclared: false } method:
                    toString = method;
                    break;
                case IMethodSymbol { Name: "PrintMembers", Parameters.Length: 1, IsImplicitlyDeclared: false } method:
                    printMembers = method;
                    break;
            }
        }

        if (toString is not null)
        {
            CheckToString(context, type, toString, evaluator);
        }

        if (printMembers is not null)
        {
            CheckPrintMembers(context, type, printMembers, evaluator);
        }

        if (secrets.Count == 0)
        {
            return;
        }

        var synthesized = type.IsRecord && toString is null && printMembers is null;
        var serialized = SerializationEvidence(type);
        foreach (var (member, _) in secrets)
        {
            if (synthesized)
            {
                Report(context, member, $"the record's synthesized ToString prints it", "declare a PrintMembers that redacts it, or hold it in a ProviderSecret", PrintMembersFix);
            }
            else if (serialized is not null && !IsIgnored(member, dataContract: serialized == "[DataContract]"))
            {
                Report(context, member, $"{type.Name} is serialized ({serialized}) with nothing ignoring it", "add [JsonIgnore] (or [IgnoreDataMember]), or keep it out of the serialized type", UsesNewtonsoft(type) ? NewtonsoftJsonIgnoreFix : JsonIgnoreFix);
            }
        }

        CheckDebuggerDisplay(context, type, secrets);
    }

    private static void CheckToString(SymbolAnalysisContext context, INamedTypeSymbol type, IMethodSymbol toString, TaintEvaluator evaluator)
    {
        if (evaluator.Summaries.For(toString, evaluator) is { IsSecret: true } summary)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.Descriptors.TypePrintsSecret,
                toString.Locations[0],
                $"{type.Name}.ToString()",
                $"returns the {summary.Origin!.Description}",
                "print its fingerprint (Redact.Secret) or leave it out"));
        }
    }

    /// <summary>A hand-written PrintMembers that appends a secret to the builder it is given.</summary>
    private static void CheckPrintMembers(SymbolAnalysisContext context, INamedTypeSymbol type, IMethodSymbol printMembers, TaintEvaluator evaluator)
    {
        if (evaluator.Summaries.BodyOf(printMembers) is not { } body)
        {
            return;
        }

        foreach (var operation in body.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation append && LocalAssignments.IsBuilderWrite(append))
            {
                foreach (var argument in append.Arguments)
                {
                    if (evaluator.Evaluate(argument.Value, body) is { IsSecret: true } taint)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.Descriptors.TypePrintsSecret,
                            argument.Syntax.GetLocation(),
                            $"{type.Name}.PrintMembers",
                            $"appends the {taint.Origin!.Description}",
                            "append its fingerprint (Redact.Secret) or leave it out"));
                        return;
                    }
                }
            }
        }
    }

    private static void CheckDebuggerDisplay(SymbolAnalysisContext context, INamedTypeSymbol type, List<(ISymbol Member, SecretOrigin Origin)> secrets)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: "DebuggerDisplayAttribute" } || attribute.ConstructorArguments.Length == 0
                || attribute.ConstructorArguments[0].Value is not string display)
            {
                continue;
            }

            foreach (var (member, origin) in secrets)
            {
                if (NamesInBraces(display).Contains(member.Name))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.Descriptors.TypePrintsSecret,
                        attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? type.Locations[0],
                        $"{type.Name}.{member.Name}",
                        "[DebuggerDisplay] shows it",
                        "leave it out of the display string"));
                    return;
                }
            }
        }
    }

    /// <summary>The leading identifiers of the <c>{…}</c> expressions of a DebuggerDisplay string (<c>{ApiKey,nq}</c> → ApiKey).</summary>
    private static HashSet<string> NamesInBraces(string display)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var open = display.IndexOf('{');
        while (open >= 0)
        {
            var start = open + 1;
            var end = start;
            while (end < display.Length && (char.IsLetterOrDigit(display[end]) || display[end] == '_'))
            {
                end++;
            }

            if (end > start)
            {
                names.Add(display.Substring(start, end - start));
            }

            open = display.IndexOf('{', end);
        }

        return names;
    }

    private static string? SerializationEvidence(INamedTypeSymbol type)
    {
        // Inputs are read, not written: a request body's key is deserialized from the client that owns it.
        if (type.Name.EndsWith("Request", StringComparison.Ordinal) || type.Name.EndsWith("Command", StringComparison.Ordinal) || type.Name.EndsWith("Input", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "SerializableAttribute" or "DataContractAttribute")
            {
                return "[" + attribute.AttributeClass.Name.Substring(0, attribute.AttributeClass.Name.Length - "Attribute".Length) + "]";
            }

            if (IsJsonAttribute(attribute.AttributeClass))
            {
                return "JSON attributes";
            }
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol or IFieldSymbol)
            {
                foreach (var attribute in member.GetAttributes())
                {
                    if (IsJsonAttribute(attribute.AttributeClass))
                    {
                        return "JSON attributes";
                    }
                }
            }
        }

        return type.Name.EndsWith("Response", StringComparison.Ordinal) || type.Name.EndsWith("Dto", StringComparison.Ordinal) || type.Name.EndsWith("DTO", StringComparison.Ordinal)
            ? "a " + (type.Name.EndsWith("Response", StringComparison.Ordinal) ? "response" : "DTO") + " type"
            : null;
    }

    /// <summary>A JSON attribute that shapes what is written (not JsonIgnore, not the read-only JsonConstructor/JsonRequired/JsonUnmappedMemberHandling).</summary>
    private static bool IsJsonAttribute(INamedTypeSymbol? attribute) =>
        attribute is not null
        && attribute.Name is not ("JsonIgnoreAttribute" or "JsonConstructorAttribute" or "JsonRequiredAttribute" or "JsonUnmappedMemberHandlingAttribute" or "JsonExtensionDataAttribute")
        && (TypeNames.NamespaceIs(attribute.ContainingNamespace, "System.Text.Json.Serialization") || TypeNames.NamespaceIs(attribute.ContainingNamespace, "Newtonsoft.Json"));

    private static bool UsesNewtonsoft(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            foreach (var attribute in member.GetAttributes())
            {
                if (attribute.AttributeClass is { } attributeClass && TypeNames.NamespaceIs(attributeClass.ContainingNamespace, "Newtonsoft.Json"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Ignored by the serializer: an ignore attribute, or, in a [DataContract] type, no [DataMember].</summary>
    private static bool IsIgnored(ISymbol member, bool dataContract)
    {
        var dataMember = false;
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "JsonIgnoreAttribute" or "IgnoreDataMemberAttribute" or "NonSerializedAttribute" or "XmlIgnoreAttribute")
            {
                return true;
            }

            dataMember |= attribute.AttributeClass?.Name == "DataMemberAttribute";
        }

        return dataContract && !dataMember;
    }

    private static void Report(SymbolAnalysisContext context, ISymbol member, string how, string fix, string fixKind) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.Descriptors.TypePrintsSecret,
            member.Locations[0],
            ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fixKind),
            $"{member.ContainingType.Name}.{member.Name}",
            how,
            fix));
}
