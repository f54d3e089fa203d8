using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>
/// The configuration keys code reads (DESIGN section 5), from bound operations so that only the real
/// APIs count, never a look-alike name in a string: <c>Environment.GetEnvironmentVariable("X")</c>,
/// <c>configuration["A:B"]</c> on anything implementing <c>IConfiguration</c>, <c>GetValue&lt;T&gt;("A:B")</c>,
/// <c>GetConnectionString("Main")</c> (= <c>ConnectionStrings:Main</c>) and <c>GetSection("A").Value</c>,
/// each relative to the <c>GetSection</c>/<c>GetRequiredSection</c> chain it is called on (through locals
/// too). Keys must be constants; writes (<c>configuration["X"] = …</c>) are not reads. A section whose
/// path is unknown (a parameter of type <c>IConfigurationSection</c>) gives no read rather than a wrong one.
/// </summary>
internal static class ConfigurationReads
{
    private const string ConfigurationNamespace = "Microsoft.Extensions.Configuration";

    /// <summary>Maximum locals followed back to their initializer (<c>var s = c.GetSection("A"); var t = s.GetSection("B");</c>).</summary>
    private const int MaximumHops = 8;

    public static (string Key, SyntaxNode KeySyntax)? Of(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => OfInvocation(invocation),
        IPropertyReferenceOperation property => OfProperty(property),
        _ => null,
    };

    private static (string, SyntaxNode)? OfInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "GetEnvironmentVariable" when method.ContainingType is { Name: "Environment", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }:
                return ConstantArgument(invocation, "variable") is { } variable ? (variable.Value, variable.Syntax) : null;
            case "GetValue" when IsConfigurationType(method.ContainingType, "ConfigurationBinder"):
                return Relative(Receiver(invocation), ConstantArgument(invocation, "key"), prefix: null);
            case "GetConnectionString" when IsConfigurationType(method.ContainingType, "ConfigurationExtensions"):
                return Relative(Receiver(invocation), ConstantArgument(invocation, "name"), prefix: "ConnectionStrings:");
            default:
                return null;
        }
    }

    private static (string, SyntaxNode)? OfProperty(IPropertyReferenceOperation property)
    {
        if (!Implements(property.Property.ContainingType))
        {
            return null;
        }

        if (property.Property.IsIndexer)
        {
            if (property.Parent is IAssignmentOperation assignment && assignment.Target == property)
            {
                return null;
            }

            var key = property.Arguments.Length == 1 && property.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text }
                ? (text, property.Arguments[0].Value.Syntax)
                : ((string, SyntaxNode)?)null;
            return key is { } k ? Relative(property.Instance, k, prefix: null) : null;
        }

        // GetSection("A").Value reads A itself; reported at the section's key.
        if (property.Property.Name == "Value" && !(property.Parent is IAssignmentOperation written && written.Target == property)
            && Unwrap(property.Instance) is IInvocationOperation section
            && IsSectionCall(section)
            && ConstantArgument(section, "key") is { } sectionKey
            && PathOf(Receiver(section), 0) is { } path)
        {
            return (path + sectionKey.Value, sectionKey.Syntax);
        }

        return null;
    }

    private static (string, SyntaxNode)? Relative(IOperation? receiver, (string Value, SyntaxNode Syntax)? key, string? prefix)
    {
        if (key is not { } k || PathOf(receiver, 0) is not { } path)
        {
            return null;
        }

        return (path + prefix + k.Value, k.Syntax);
    }

    /// <summary>The section path a configuration expression stands for, ending in ':' unless empty; null when unknown.</summary>
    internal static string? PathOf(IOperation? operation, int hops)
    {
        operation = Unwrap(operation);
        switch (operation)
        {
            case null:
                return null;
            case IInvocationOperation section when IsSectionCall(section):
                return ConstantArgument(section, "key") is { } key && PathOf(Receiver(section), hops) is { } parent
                    ? parent + key.Value + ":"
                    : null;
            case ILocalReferenceOperation local when hops < MaximumHops:
                return InitializerOf(local) is { } initializer ? PathOf(initializer, hops + 1) : null;
        }

        // A section of unknown path (a parameter, a field) would turn its relative keys into wrong names.
        var type = operation.Type;
        return type is null || type.Name == "IConfigurationSection" || !Implements(type) ? null : string.Empty;
    }

    private static IOperation? InitializerOf(ILocalReferenceOperation local)
    {
        if (local.Local.DeclaringSyntaxReferences.Length != 1
            || local.Local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value }
            || local.SemanticModel is not { } model
            || model.SyntaxTree != value.SyntaxTree)
        {
            return null;
        }

        return model.GetOperation(value);
    }

    private static bool IsSectionCall(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name is "GetSection" or "GetRequiredSection"
        && (Implements(invocation.TargetMethod.ContainingType) || IsConfigurationType(invocation.TargetMethod.ContainingType, "ConfigurationExtensions"));

    /// <summary>The configuration an instance or extension method is called on.</summary>
    internal static IOperation? Receiver(IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? ArgumentFor(invocation, 0)?.Value : null);

    internal static (string Value, SyntaxNode Syntax)? ConstantArgument(IInvocationOperation invocation, string parameterName)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.Value.ConstantValue is { HasValue: true, Value: string text })
            {
                return (text, argument.Value.Syntax);
            }
        }

        return null;
    }

    internal static IArgumentOperation? ArgumentFor(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument;
            }
        }

        return null;
    }

    internal static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    internal static bool IsConfigurationType(INamedTypeSymbol? type, string name) =>
        type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ConfigurationNamespace;

    /// <summary>The type is <c>IConfiguration</c> or implements it (sections, roots, <c>ConfigurationManager</c>).</summary>
    internal static bool Implements(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (IsConfigurationType(type as INamedTypeSymbol, "IConfiguration"))
        {
            return true;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (IsConfigurationType(candidate, "IConfiguration"))
            {
                return true;
            }
        }

        return false;
    }
}
