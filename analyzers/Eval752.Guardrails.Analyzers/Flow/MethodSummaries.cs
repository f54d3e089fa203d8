using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>
/// Summaries of methods and property getters declared in the compilation: whether what they return is a
/// secret (<c>GetApiKey()</c>, a property whose getter returns one) and which parameters flow into the result
/// (<c>Describe(key)</c> returning <c>$"key={key}"</c>). Computed on first use and kept for the compilation;
/// recursion (direct or mutual) sees the method as clean while its own summary is being computed.
/// </summary>
internal sealed class MethodSummaries(Compilation compilation, CancellationToken cancellationToken)
{
    private const int MaximumNesting = 6;

    private readonly ConcurrentDictionary<IMethodSymbol, Taint> done = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();

    // Per thread: the analyzer driver runs callbacks concurrently, and a summary nests other summaries on the same thread.
    [System.ThreadStatic]
    private static int nesting;

    [System.ThreadStatic]
    private static System.Collections.Generic.HashSet<IMethodSymbol>? inProgress;

    /// <summary>The method's summary, or null when it has no body in this compilation (or is too deep to summarise now).</summary>
    public Taint? For(IMethodSymbol method, TaintEvaluator evaluator)
    {
        method = method.OriginalDefinition;
        if (done.TryGetValue(method, out var known))
        {
            return known;
        }

        if (method.DeclaringSyntaxReferences.Length == 0 || nesting >= MaximumNesting)
        {
            return null;
        }

        var active = inProgress ??= new(SymbolEqualityComparer.Default);
        if (!active.Add(method))
        {
            return Taint.None;
        }

        nesting++;
        try
        {
            var summary = Taint.None;
            foreach (var body in Bodies(method))
            {
                foreach (var operation in body.DescendantsAndSelf())
                {
                    if (operation is IReturnOperation { ReturnedValue: { } returned } && ReturnsFrom(operation, body))
                    {
                        summary = summary.Union(evaluator.Evaluate(returned, body, summaryMode: true));
                    }
                }
            }

            // A summary has no leaf: the code fix wraps the call, not something inside the callee.
            summary = new Taint(summary.Origin, summary.Parameters, null);
            done.TryAdd(method, summary);
            return summary;
        }
        finally
        {
            nesting--;
            active.Remove(method);
        }
    }

    /// <summary>The bound body of a method declared in this compilation (its first declaration with one), or null.</summary>
    public IOperation? BodyOf(IMethodSymbol method) => Bodies(method).FirstOrDefault();

    /// <summary>The bound bodies of a method's declarations in this compilation (a partial method has two declarations, one body).</summary>
    private IEnumerable<IOperation> Bodies(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ModelFor(reference.SyntaxTree).GetOperation(reference.GetSyntax(cancellationToken), cancellationToken) is { } body)
            {
                yield return body;
            }
        }
    }

    /// <summary>A return of the method itself, not of a lambda or local function inside it.</summary>
    private static bool ReturnsFrom(IOperation returnOperation, IOperation body)
    {
        for (var parent = returnOperation.Parent; parent is not null && parent != body; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return true;
    }

#pragma warning disable RS1030 // The callee's body lives in another tree; analyzer contexts offer no model for it. Models are cached per tree.
    private SemanticModel ModelFor(SyntaxTree tree) => models.GetOrAdd(tree, t => compilation.GetSemanticModel(t));
#pragma warning restore RS1030
}
