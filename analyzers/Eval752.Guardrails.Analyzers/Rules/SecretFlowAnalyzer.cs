using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// Hosts EG0101 (<see cref="SecretReachesLogRule"/>) and EG0102 (<see cref="SecretInExceptionRule"/>): each sink
/// call is recognised from its bound operation, and each value it receives is traced back
/// (<see cref="TaintEvaluator"/>) to where it came from. One host, so both rules share the per-compilation
/// caches (origins, method summaries) and each method body's write map.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretFlowAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.Descriptors.SecretReachesLog,
        Descriptors.Descriptors.SecretInException);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var evaluator = new TaintEvaluator(new SecretOriginCache(), new MethodSummaries(start.Compilation, start.CancellationToken));
            start.RegisterOperationAction(
                c =>
                {
                    if (c.Operation is IInvocationOperation invocation && LogSinks.Of(invocation) is { } log)
                    {
                        SecretReachesLogRule.Check(c, evaluator, log.Sink, log.Values);
                    }
                    else if (ExceptionSinks.Of(c.Operation) is { } exception)
                    {
                        SecretInExceptionRule.Check(c, evaluator, exception.Sink, exception.Values);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment);
        });
    }

    /// <summary>The outermost operation of the body the sink is in: where its locals are written.</summary>
    internal static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>The first secret among <paramref name="values"/>, with the value it was found in.</summary>
    internal static (Taint Taint, IOperation Value)? FirstSecret(TaintEvaluator evaluator, System.Collections.Generic.IEnumerable<IOperation> values, IOperation sink)
    {
        var root = RootOf(sink);
        foreach (var value in values)
        {
            var taint = evaluator.Evaluate(value, root);
            if (taint.IsSecret)
            {
                return (taint, value);
            }
        }

        return null;
    }
}
