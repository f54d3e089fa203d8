using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>
/// The log sinks of EG0101 and the arguments whose text reaches the log: Microsoft.Extensions.Logging
/// (<c>Log*</c> extensions, <c>ILogger.Log</c>, <c>BeginScope</c>, <c>LoggerMessage.Define</c> delegates,
/// <c>[LoggerMessage]</c> methods), Serilog (<c>Log.*</c>, <c>ILogger.*</c>, <c>LogContext.PushProperty</c>,
/// <c>ForContext</c>), NLog, log4net, <c>Console</c>, <c>Debug</c>, <c>Trace</c>, <c>TraceSource</c> and
/// <c>Activity</c> tags, events and baggage. Types are matched by name: no logging library is referenced.
/// Loggers, levels, event ids and exceptions are never the logged text.
/// </summary>
internal static class LogSinks
{
    public static (string Sink, IEnumerable<IOperation> Values)? Of(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        var name = method.Name;
        string? sink = null;
        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            // LoggerMessage.Define returns Action<ILogger, T1, …, Exception?>.
            if (type.Name == "Action" && type.TypeArguments.Length > 1 && TypeNames.Is(type.TypeArguments[0], "Microsoft.Extensions.Logging", "ILogger"))
            {
                sink = "a LoggerMessage.Define delegate";
            }
        }
        else
        {
            sink = type.Name switch
            {
                "LoggerExtensions" when name.StartsWith("Log", System.StringComparison.Ordinal) || name == "BeginScope" =>
                    Namespaced(type, "Microsoft.Extensions.Logging", "ILogger." + name),
                "ILogger" or "Logger" when TypeNames.NamespaceIs(type.ContainingNamespace, "Microsoft.Extensions.Logging") && name is "Log" or "BeginScope" => "ILogger." + name,
                "Log" when TypeNames.NamespaceIs(type.ContainingNamespace, "Serilog") && IsSerilogWrite(name) => "Serilog Log." + name,
                "ILogger" or "Logger" when (TypeNames.NamespaceIs(type.ContainingNamespace, "Serilog") || TypeNames.NamespaceIs(type.ContainingNamespace, "Serilog.Core")) && IsSerilogWrite(name) => "Serilog ILogger." + name,
                "LogContext" when name == "PushProperty" && TypeNames.NamespaceIs(type.ContainingNamespace, "Serilog.Context") => "Serilog LogContext.PushProperty",
                "ILogger" or "Logger" or "ILoggerBase" when TypeNames.NamespaceIs(type.ContainingNamespace, "NLog") && IsLevelWrite(name) => "NLog " + name,
                "ILog" when TypeNames.NamespaceIs(type.ContainingNamespace, "log4net") && IsLevelWrite(name) => "log4net " + name,
                "Console" when name is "Write" or "WriteLine" && IsSystem(type) => "Console." + name,
                "Debug" when name is "Write" or "WriteLine" or "WriteIf" or "WriteLineIf" or "Print" or "Fail" or "Assert" && TypeNames.NamespaceIs(type.ContainingNamespace, "System.Diagnostics") => "Debug." + name,
                "Trace" when (name.StartsWith("Write", System.StringComparison.Ordinal) || name.StartsWith("Trace", System.StringComparison.Ordinal) || name is "Fail" or "Assert") && TypeNames.NamespaceIs(type.ContainingNamespace, "System.Diagnostics") => "Trace." + name,
                "TraceSource" when name is "TraceEvent" or "TraceInformation" or "TraceData" && TypeNames.NamespaceIs(type.ContainingNamespace, "System.Diagnostics") => "TraceSource." + name,
                "Activity" when name is "SetTag" or "AddTag" or "AddEvent" or "SetBaggage" or "AddBaggage" && TypeNames.NamespaceIs(type.ContainingNamespace, "System.Diagnostics") => "Activity." + name,
                "TextWriter" when name is "Write" or "WriteLine" && IsConsoleStream(invocation.Instance) => "Console." + ((IPropertyReferenceOperation)invocation.Instance!).Property.Name + "." + name,
                _ => null,
            };

            if (sink is null && IsLoggerMessageMethod(method))
            {
                sink = "[LoggerMessage] method " + name;
            }
        }

        return sink is null ? null : (sink, LoggedValues(invocation, generated: sink[0] == '['));
    }

    private static string? Namespaced(INamedTypeSymbol type, string ns, string sink) => TypeNames.NamespaceIs(type.ContainingNamespace, ns) ? sink : null;

    private static bool IsSystem(INamedTypeSymbol type) => type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    private static bool IsSerilogWrite(string name) =>
        name is "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "Write" or "ForContext";

    private static bool IsLevelWrite(string name) => name is "Trace" or "Debug" or "Info" or "Warn" or "Error" or "Fatal" or "Log"
        or "TraceFormat" or "DebugFormat" or "InfoFormat" or "WarnFormat" or "ErrorFormat" or "FatalFormat";

    private static bool IsConsoleStream(IOperation? instance) =>
        instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } property
        && property.Property.ContainingType is { Name: "Console" } console && IsSystem(console);

    /// <summary>Attributes are bound on demand and costly; each method is asked once per compilation's lifetime of the symbol.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IMethodSymbol, object> LoggerMessageMethods = new();
    private static readonly object Yes = new();
    private static readonly object No = new();

    private static bool IsLoggerMessageMethod(IMethodSymbol method)
    {
        // [LoggerMessage] methods take an ILogger or live beside one; most invocations are neither static-with-logger nor partial.
        if (method.MethodKind != MethodKind.Ordinary || method.ReturnsVoid == false)
        {
            return false;
        }

        return LoggerMessageMethods.GetValue(method, static m => HasLoggerMessageAttribute(m) ? Yes : No) == Yes;
    }

    private static bool HasLoggerMessageAttribute(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "LoggerMessageAttribute" } attributeClass
                && TypeNames.NamespaceIs(attributeClass.ContainingNamespace, "Microsoft.Extensions.Logging"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The arguments that become log text: not the logger, level, event id or exception, and not a [LoggerMessage] parameter the redaction generator classifies.</summary>
    private static IEnumerable<IOperation> LoggedValues(IInvocationOperation invocation, bool generated)
    {
        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null || IsPlumbing(parameter.Type) || parameter.Name is "logger" or "eventId" or "exception" or "logLevel" or "level"
                || (generated && SecretSymbols.HasClassification(parameter)))
            {
                continue;
            }

            // params object[] args: each element is its own value (the implicit array is not text).
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    yield return element;
                }

                continue;
            }

            // Activity.SetTag(key, value): the key is a name.
            if (parameter.Name == "key" && parameter.ContainingType?.Name == "Activity")
            {
                continue;
            }

            yield return argument.Value;
        }
    }

    private static bool IsPlumbing(ITypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Array or TypeKind.TypeParameter or TypeKind.Dynamic => false,
        TypeKind.Delegate => true,
        TypeKind.Enum => type.Name is "LogLevel" or "LogEventLevel",
        TypeKind.Struct => type.Name == "EventId",
        TypeKind.Interface => type.Name == "ILogger" && TypeNames.NamespaceIs(type.ContainingNamespace, "Microsoft.Extensions.Logging"),
        _ => type.SpecialType == SpecialType.None && IsException(type),
    };

    private static bool IsException(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && current.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }
}
