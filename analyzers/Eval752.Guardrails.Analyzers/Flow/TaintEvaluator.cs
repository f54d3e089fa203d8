using System.Collections.Generic;
using Eval752.Guardrails.Analyzers.Configuration;
using Eval752.Guardrails.Detection.Naming;
using Eval752.Guardrails.Detection.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>
/// Decides whether a value may carry a secret, walking the operation tree of the value and, through
/// <see cref="LocalAssignments"/>, the writes to the locals and parameters it reads (issue 4's intra-procedural
/// flow): concatenation, interpolation, ternaries, <c>??</c>, conversions, arrays, collection expressions,
/// anonymous objects, tuples, <c>StringBuilder</c>, string transforms (<c>Trim</c>, <c>ToUpper</c>,
/// <c>Substring</c>, <c>string.Format/Concat/Join</c>, encoders), delegates built from lambdas, and calls of
/// methods summarised by <see cref="MethodSummaries"/>. Sanitizers and text-free types stop the walk.
/// Depth-bounded and cycle-safe; invalid (unbound) operations are never secret.
/// </summary>
internal sealed class TaintEvaluator(SecretOriginCache origins, MethodSummaries summaries)
{
    private readonly SecretOriginCache origins = origins;
    private readonly MethodSummaries summaries = summaries;

    private const int MaximumDepth = 40;

    /// <summary>Types whose methods pass their input's text through (<c>Convert.ToBase64String</c>, <c>Uri.EscapeDataString</c>, <c>string.Join</c>).</summary>
    private static readonly (string Namespace, string Name)[] TextPassingTypes =
    [
        ("System", "String"), ("System.Text", "StringBuilder"), ("System", "Convert"), ("System", "Uri"), ("System.Net", "WebUtility"),
        ("System.Web", "HttpUtility"), ("System.Text", "Encoding"), ("System", "MemoryExtensions"), ("System.Linq", "Enumerable"),
        ("System.Text.Json", "JsonSerializer"), ("Newtonsoft.Json", "JsonConvert"), ("System", "Object"), ("System.Text", "UTF8Encoding"),
        ("System", "ReadOnlySpan"), ("System", "Span"), ("System", "Lazy"), ("System.Threading.Tasks", "Task"), ("System", "Nullable"),
    ];

    public MethodSummaries Summaries => summaries;

    /// <summary>A provider key or credential the detection engine validates in a constant (never a generic, name-based guess).</summary>
    private Taint Hardcoded(string text)
    {
        if (text.Length < 16)
        {
            return Taint.None;
        }

        foreach (var finding in SecretScanner.Scan(text))
        {
            if (finding.Confidence >= SecretConfidence.Medium)
            {
                return Taint.Secret(origins.For("hardcoded " + finding.Kind + " secret"));
            }
        }

        return Taint.None;
    }

    public Taint Evaluate(IOperation value, IOperation root, bool summaryMode = false) =>
        Evaluate(value, LocalAssignments.For(root), summaryMode);

    public Taint Evaluate(IOperation value, LocalAssignments locals, bool summaryMode = false) =>
        new Walk(this, locals, summaryMode).Value(value, 0, inArgument: true);

    private sealed class Walk(TaintEvaluator owner, LocalAssignments locals, bool summaryMode)
    {
        // A read is (symbol, position): `t = t + t` reads the earlier t, which is not a cycle; a loop reading the same place again is.
        // Created on the first local read: most values (members, calls, constants) never need it.
        private HashSet<(ISymbol, int)>? visiting;

        private HashSet<(ISymbol, int)> Visiting => visiting ??= new HashSet<(ISymbol, int)>(ReadComparer.Instance);

        public Taint Value(IOperation? operation, int depth, bool inArgument)
        {
            if (operation is null || depth > MaximumDepth || (operation.Type is { } type && !TypeNames.CanCarryText(type)))
            {
                return Taint.None;
            }

            // A constant is a source only when the detection engine validates a provider key or credential in it
            // (EG0001/EG0002 report the literal; this reports where it is logged). A secret-named constant
            // (`const string PasswordVariable = "DB_PASSWORD"`) usually holds a name, and is not a source.
            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue.Value is string text ? Leaf(owner.Hardcoded(text), operation, inArgument) : Taint.None;
            }

            var next = depth + 1;
            switch (operation)
            {
                case IConversionOperation conversion:
                    return Value(conversion.Operand, next, inArgument);
                case IParenthesizedOperation parenthesized:
                    return Value(parenthesized.Operand, next, inArgument);
                case IInterpolatedStringOperation interpolated:
                    var parts = Taint.None;
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation interpolation)
                        {
                            parts = parts.Union(Value(interpolation.Expression, next, inArgument));
                        }
                    }

                    return parts;
                case IBinaryOperation binary:
                    return Value(binary.LeftOperand, next, inArgument).Union(Value(binary.RightOperand, next, inArgument));
                case IConditionalOperation conditional:
                    return Value(conditional.WhenTrue, next, inArgument).Union(Value(conditional.WhenFalse, next, inArgument));
                case ICoalesceOperation coalesce:
                    return Value(coalesce.Value, next, inArgument).Union(Value(coalesce.WhenNull, next, inArgument));
                case IConditionalAccessOperation conditionalAccess:
                    return Value(conditionalAccess.WhenNotNull, next, inArgument);
                case IConditionalAccessInstanceOperation instance:
                    return ConditionalReceiver(instance) is { } receiver ? Value(receiver, next, inArgument) : Taint.None;
                case IArrayCreationOperation array:
                    return Values(array.Initializer?.ElementValues, next, inArgument);
                case IArrayInitializerOperation initializer:
                    return Values(initializer.ElementValues, next, inArgument);
                case ICollectionExpressionOperation collection:
                    return Values(collection.Elements, next, inArgument);
                case ISpreadOperation spread:
                    return Value(spread.Operand, next, inArgument);
                case ITupleOperation tuple:
                    return Values(tuple.Elements, next, inArgument);
                case IAnonymousObjectCreationOperation anonymous:
                    var members = Taint.None;
                    foreach (var initializer in anonymous.Initializers)
                    {
                        members = members.Union(Value(initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer, next, inArgument));
                    }

                    return members;
                case IObjectCreationOperation creation when IsTextPassing(creation.Type):
                    return Arguments(creation.Arguments, next, inArgument);
                case IAwaitOperation awaited:
                    return Leaf(Value(awaited.Operation, next, inArgument), operation, inArgument);
                case ILocalReferenceOperation local:
                    return Leaf(Symbol(local.Local, local.Syntax.SpanStart, next), operation, inArgument);
                case IParameterReferenceOperation parameter:
                    return Leaf(Parameter(parameter.Parameter, parameter.Syntax.SpanStart, next), operation, inArgument);
                case IFieldReferenceOperation field:
                    return Leaf(Source(SecretSymbols.OfSymbol(field.Field, owner.origins)), operation, inArgument);
                case IPropertyReferenceOperation property:
                    return Leaf(Property(property, next, inArgument), operation, inArgument);
                case IImplicitIndexerReferenceOperation indexer:
                    return Sanitizers.IsShortMask(indexer) ? Taint.None : Value(indexer.Instance, next, inArgument);
                case IInvocationOperation invocation:
                    return Leaf(Invocation(invocation, next, inArgument), operation, inArgument);
                default:
                    return Taint.None;
            }
        }

        private Taint Values(IEnumerable<IOperation>? values, int depth, bool inArgument)
        {
            var result = Taint.None;
            if (values is not null)
            {
                foreach (var value in values)
                {
                    result = result.Union(Value(value, depth, inArgument));
                }
            }

            return result;
        }

        private Taint Arguments(IEnumerable<IArgumentOperation> arguments, int depth, bool inArgument)
        {
            var result = Taint.None;
            foreach (var argument in arguments)
            {
                result = result.Union(Value(argument.Value, depth, inArgument));
            }

            return result;
        }

        private static Taint Source(SecretOrigin? origin) => origin is null ? Taint.None : Taint.Secret(origin);

        private static Taint Leaf(Taint taint, IOperation operation, bool inArgument) => inArgument ? taint.WithLeaf(operation) : taint;

        /// <summary>A local: what was written to it before this read; never written here (foreach, pattern, out) falls back to its name.</summary>
        private Taint Symbol(ISymbol symbol, int position, int depth)
        {
            if (Writes(symbol, position, depth) is not { } writes)
            {
                return Taint.None;
            }

            // `var apiKey = client.Fetch();`: an unknown value under a secret name is a secret (CodeQL's heuristic);
            // a constant or a sanitizer's result under that name is not.
            return !writes.Taint.IsSecret && (!writes.Written || !writes.OnlyCleanValues) && symbol is ILocalSymbol
                ? writes.Taint.Union(Source(SecretSymbols.OfSymbol(symbol, owner.origins)))
                : writes.Taint;
        }

        /// <summary>A parameter: what was written to it before this read, else what its name or attributes say.</summary>
        private Taint Parameter(IParameterSymbol parameter, int position, int depth)
        {
            if (locals.IsWrittenBefore(parameter, position) && Writes(parameter, position, depth) is { } writes)
            {
                return writes.Taint;
            }

            var named = Source(SecretSymbols.OfSymbol(parameter, owner.origins));
            return summaryMode ? named.Union(Taint.Parameter(parameter.Ordinal)) : named;
        }

        /// <summary>The union of the values that may be in <paramref name="symbol"/> at this read; null when the read is already being evaluated (a cycle).</summary>
        private (Taint Taint, bool Written, bool OnlyCleanValues)? Writes(ISymbol symbol, int position, int depth)
        {
            if (!Visiting.Add((symbol, position)))
            {
                return null;
            }

            try
            {
                var result = Taint.None;
                var written = false;
                var onlyCleanValues = true;
                foreach (var value in locals.ValuesAt(symbol, position))
                {
                    written = true;
                    result = result.Union(Value(value, depth, inArgument: false));
                    onlyCleanValues &= value.ConstantValue.HasValue || value is IInvocationOperation { TargetMethod: var m } && Sanitizers.IsSanitizer(m);
                }

                return (result, written, onlyCleanValues);
            }
            finally
            {
                Visiting.Remove((symbol, position));
            }
        }

        private Taint Property(IPropertyReferenceOperation property, int depth, bool inArgument)
        {
            if (ConfigurationReads.Of(property) is { } read)
            {
                return ConfigurationSource("configuration key", read.Key);
            }

            if (SecretSymbols.RevealsSecret(property.Property, property.Type))
            {
                return Source(owner.origins.For(property.Property.ContainingType.Name + "." + property.Property.Name));
            }

            if (SecretSymbols.OfSymbol(property.Property, owner.origins) is { } named)
            {
                return Taint.Secret(named);
            }

            // A property whose getter (declared here) returns a secret.
            if (property.Property.GetMethod is { } getter && !property.Property.IsIndexer && IsDeclaredWithBody(getter)
                && owner.summaries.For(getter, owner) is { IsSecret: true } summary)
            {
                return summary;
            }

            // Lazy<string>.Value, Task<string>.Result, Nullable<T>.Value, string builders' indexers: the instance's text.
            return property.Property.Name is "Value" or "Result" && property.Instance is { } instance && IsTextPassing(instance.Type)
                ? Value(instance, depth, inArgument)
                : Taint.None;
        }

        private Taint Invocation(IInvocationOperation invocation, int depth, bool inArgument)
        {
            var method = invocation.TargetMethod;
            if (Sanitizers.IsShortMask(invocation) || Sanitizers.IsSanitizer(method))
            {
                return Taint.None;
            }

            if (ConfigurationReads.Of(invocation) is { } read)
            {
                return method.Name switch
                {
                    "GetConnectionString" => Source(owner.origins.For("connection string " + (read.Key.StartsWith("ConnectionStrings:", System.StringComparison.Ordinal) ? read.Key.Substring("ConnectionStrings:".Length) : read.Key))),
                    "GetEnvironmentVariable" => ConfigurationSource("environment variable", read.Key),
                    _ => ConfigurationSource("configuration key", read.Key),
                };
            }

            if (SecretSymbols.RevealsSecret(method, invocation.Type))
            {
                return Source(owner.origins.For(method.ContainingType.Name + "." + method.Name + "()"));
            }

            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                return Delegate(invocation.Instance, depth);
            }

            var passes = IsTextPassing(method.ContainingType) || method.Name is "ToString" or "AsSpan" or "AsMemory" or "ToCharArray" or "ToArray" or "ToList";
            if (passes)
            {
                return Value(invocation.Instance, depth, inArgument).Union(Arguments(invocation.Arguments, depth, inArgument));
            }

            if (IsDeclaredWithBody(method) && owner.summaries.For(method, owner) is { } summary)
            {
                var result = new Taint(summary.Origin, 0, null);
                if (summary.Parameters != 0)
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { Ordinal: < 32 } parameter && (summary.Parameters & (1u << parameter.Ordinal)) != 0)
                        {
                            result = result.Union(Value(argument.Value, depth, inArgument));
                        }
                    }
                }

                if (result.IsSecret || summary.Parameters != 0)
                {
                    return result;
                }
            }

            // GetApiKey(), ReadPasswordAsync(): a method named for a secret returns one (text, or a task of text).
            return IsTextResult(method.ReturnType) && NameClassificationCache.Secret.Matches(method.Name) ? Source(owner.origins.For(method.Name + "()")) : Taint.None;
        }

        /// <summary><c>Func&lt;string&gt; f = () =&gt; key; f()</c>: what the lambdas written to the delegate return.</summary>
        private Taint Delegate(IOperation? instance, int depth)
        {
            if (instance is not ILocalReferenceOperation local || !Visiting.Add((local.Local, local.Syntax.SpanStart)))
            {
                return Taint.None;
            }

            try
            {
                var result = Taint.None;
                foreach (var value in locals.ValuesAt(local.Local, local.Syntax.SpanStart))
                {
                    var target = value is IConversionOperation conversion ? conversion.Operand : value;
                    if (target is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
                    {
                        foreach (var returned in lambda.Body.DescendantsAndSelf())
                        {
                            if (returned is IReturnOperation { ReturnedValue: { } returnedValue })
                            {
                                result = result.Union(Value(returnedValue, depth, inArgument: false));
                            }
                        }
                    }
                }

                return result;
            }
            finally
            {
                Visiting.Remove((local.Local, local.Syntax.SpanStart));
            }
        }

        private Taint ConfigurationSource(string kind, string key) =>
            NameClassificationCache.Secret.Matches(key) || NameClassificationCache.Secret.Matches(LastSegment(key))
                ? Source(owner.origins.For(kind + " " + key))
                : Taint.None;

        private static string LastSegment(string key)
        {
            var colon = key.LastIndexOf(':');
            var underscores = key.LastIndexOf("__", System.StringComparison.Ordinal);
            var cut = System.Math.Max(colon + 1, underscores < 0 ? 0 : underscores + 2);
            return key.Substring(cut);
        }

        private static IOperation? ConditionalReceiver(IConditionalAccessInstanceOperation instance)
        {
            for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access)
                {
                    return access.Operation;
                }
            }

            return null;
        }
    }

    private sealed class ReadComparer : IEqualityComparer<(ISymbol Symbol, int Position)>
    {
        public static ReadComparer Instance { get; } = new();

        public bool Equals((ISymbol Symbol, int Position) x, (ISymbol Symbol, int Position) y) =>
            x.Position == y.Position && SymbolEqualityComparer.Default.Equals(x.Symbol, y.Symbol);

        public int GetHashCode((ISymbol Symbol, int Position) read) => (SymbolEqualityComparer.Default.GetHashCode(read.Symbol) * 31) + read.Position;
    }

    private static bool IsTextResult(ITypeSymbol type) =>
        SecretSymbols.IsText(type) || (type is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } task && SecretSymbols.IsText(task.TypeArguments[0]));

    private static bool IsDeclaredWithBody(IMethodSymbol method) => method.DeclaringSyntaxReferences.Length > 0 && !method.IsAbstract && !method.IsExtern;

    private static bool IsTextPassing(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.TypeKind == TypeKind.Array)
        {
            return true;
        }

        var definition = type.OriginalDefinition;
        foreach (var (ns, name) in TextPassingTypes)
        {
            if (definition.Name == name && TypeNames.NamespaceIs(definition.ContainingNamespace, ns))
            {
                return true;
            }
        }

        return false;
    }
}
