using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>
/// Options bound from configuration (DESIGN section 5): <c>services.Configure&lt;T&gt;(section)</c>,
/// <c>section.Bind(instance)</c>, <c>configuration.Bind("X", instance)</c>, <c>section.Get&lt;T&gt;()</c>,
/// <c>AddOptions&lt;T&gt;().Bind(section)</c> and <c>.BindConfiguration("X")</c> read one variable per
/// settable public property of <c>T</c>, recursively (<c>X__Inner__Prop</c>), under the section's path;
/// <c>[ConfigurationKeyName]</c> replaces the property's segment, and a type bound at the root reads bare
/// names. Collections are skipped (their keys are indexes the code does not show). Each variable is
/// reported at the binding's section key (or the method name), in the same document as the binding, so
/// the IDE shows it live; the message names the property it fills.
/// </summary>
internal static class OptionsBindings
{
    private const int MaximumDepth = 4;

    public static IReadOnlyList<(string Key, string BoundTo, SyntaxNode Syntax)>? Of(IInvocationOperation invocation)
    {
        if (Binding(invocation) is not { } binding)
        {
            return null;
        }

        // BindConfiguration("X") names its section from the root; every other binding is relative to the configuration it gets.
        var path = binding.Configuration is null ? string.Empty : ConfigurationReads.PathOf(binding.Configuration, 0);
        if (path is null || IsCollection(binding.Type))
        {
            return null;
        }

        var prefix = path + (binding.Key is { } key ? key + ":" : string.Empty);
        var syntax = ReportAt(invocation, binding.Configuration);
        var reads = new List<(string, string, SyntaxNode)>();
        if (IsScalar(binding.Type))
        {
            // section.Get<string>() reads the section itself.
            if (prefix.Length > 0)
            {
                reads.Add((prefix.TrimEnd(':'), binding.Type.Name, syntax));
            }

            return reads;
        }

        Expand(binding.Type, prefix, binding.Type.Name, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), reads, syntax);
        return reads;
    }

    private static (ITypeSymbol Type, IOperation? Configuration, string? Key)? Binding(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var container = method.ContainingType?.Name;
        switch (method.Name)
        {
            case "Configure" when container == "OptionsConfigurationServiceCollectionExtensions" && method.TypeArguments.Length == 1:
                return (method.TypeArguments[0], ArgumentValue(invocation, "config"), null);
            case "Bind" when container == "OptionsBuilderConfigurationExtensions" && method.TypeArguments.Length == 1:
                return (method.TypeArguments[0], ArgumentValue(invocation, "config"), null);
            case "BindConfiguration" when container == "OptionsBuilderConfigurationExtensions" && method.TypeArguments.Length == 1:
                return ConfigurationReads.ConstantArgument(invocation, "configSectionPath") is { } section
                    ? (method.TypeArguments[0], null, section.Value)
                    : null;
            case "Bind" when ConfigurationReads.IsConfigurationType(method.ContainingType, "ConfigurationBinder"):
                return ConfigurationReads.Unwrap(ArgumentValue(invocation, "instance"))?.Type is { } instanceType
                    ? (instanceType, ConfigurationReads.Receiver(invocation), ConfigurationReads.ConstantArgument(invocation, "key")?.Value)
                    : null;
            case "Get" when ConfigurationReads.IsConfigurationType(method.ContainingType, "ConfigurationBinder"):
                var type = method.TypeArguments.Length == 1
                    ? method.TypeArguments[0]
                    : (ConfigurationReads.Unwrap(ArgumentValue(invocation, "type")) as ITypeOfOperation)?.TypeOperand;
                return type is null ? null : (type, ConfigurationReads.Receiver(invocation), null);
            default:
                return null;
        }
    }

    private static void Expand(ITypeSymbol type, string prefix, string owner, int depth, HashSet<ITypeSymbol> visiting, List<(string, string, SyntaxNode)> reads, SyntaxNode syntax)
    {
        if (depth > MaximumDepth || !visiting.Add(type))
        {
            return;
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is not IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsIndexer: false, SetMethod.DeclaredAccessibility: Accessibility.Public } property)
                {
                    continue;
                }

                var segment = KeyNameOf(property) ?? property.Name;
                if (IsScalar(property.Type))
                {
                    reads.Add((prefix + segment, owner + "." + property.Name, syntax));
                }
                else if (!IsCollection(property.Type))
                {
                    Expand(property.Type, prefix + segment + ":", owner + "." + property.Name, depth + 1, visiting, reads, syntax);
                }
            }
        }

        visiting.Remove(type);
    }

    /// <summary>The name <c>[ConfigurationKeyName("…")]</c> gives the property, if any.</summary>
    private static string? KeyNameOf(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "ConfigurationKeyNameAttribute"
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string name
                && name.Length > 0)
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsScalar(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.TypeKind == TypeKind.Enum
            || type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String
            || type.SpecialType == SpecialType.System_DateTime
            || (type.ContainingNamespace?.ToDisplayString() == "System"
                && type.Name is "TimeSpan" or "Guid" or "Uri" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "Version");
    }

    private static bool IsCollection(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol)
        {
            return true;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation? ArgumentValue(IInvocationOperation invocation, string parameterName)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The section key the binding reads (the last <c>GetSection</c> key, the <c>BindConfiguration</c> path), else the method name.</summary>
    private static SyntaxNode ReportAt(IInvocationOperation invocation, IOperation? configuration)
    {
        if (ConfigurationReads.Unwrap(configuration) is IInvocationOperation section
            && section.TargetMethod.Name is "GetSection" or "GetRequiredSection"
            && ConfigurationReads.ConstantArgument(section, "key") is { } key)
        {
            return key.Syntax;
        }

        foreach (var name in new[] { "configSectionPath", "key" })
        {
            if (ConfigurationReads.ConstantArgument(invocation, name) is { } argument)
            {
                return argument.Syntax;
            }
        }

        return invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } ? member.Name : invocation.Syntax;
    }
}
