using System.Collections.Generic;
using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// Hosts EG0101 (<see cref="SecretReachesLogRule"/>), EG0102 (<see cref="SecretInExceptionRule"/>) and EG0104
/// (<see cref="SecretObjectLoggedRule"/>): each sink
/// call is recognised from its bound operation, and each value it receives is traced back
/// (<see cref="TaintEvaluator"/>) to where it came from. One host, so both rules share the per-compilation
/// caches (origins, method summaries) and each method body's write map. Diagnostics are reported at the end of
/// each operation block (live in the IDE, like any block-level analysis).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretFlowAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.Descriptors.SecretReachesLog,
        Descriptors.Descriptors.SecretInException,
        Descriptors.Descriptors.SecretObjectLogged);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var origins = new SecretOriginCache();
            var evaluator = new TaintEvaluator(origins, new MethodSummaries(start.Compilation, start.CancellationToken));
            var printed = new PrintedSecrets(origins, evaluator);

            // Per body: the driver's own callbacks record the writes and the sinks (no second walk of the body),
            // and the sinks are judged at the end, when every write before them is known.
            start.RegisterOperationBlockStartAction(block =>
            {
                var writes = new LocalAssignments();
                var sinks = new List<Sink>();
                // The driver runs one block's actions in order; the lock (uncontended) only guards against a driver that would not.
                block.RegisterOperationAction(
                    c =>
                    {
                        lock (sinks)
                        {
                            writes.Record(c.Operation);
                        }
                    },
                    OperationKind.VariableDeclarator,
                    OperationKind.CompoundAssignment,
                    OperationKind.CoalesceAssignment);
                block.RegisterOperationAction(
                    c =>
                    {
                        var sink = c.Operation is IInvocationOperation invocation && LogSinks.Of(invocation) is { } log
                            ? new Sink(c.Operation, log.Sink, log.Values, Exception: false)
                            : ExceptionSinks.Of(c.Operation) is { } exception ? new Sink(c.Operation, exception.Sink, exception.Values, Exception: true) : (Sink?)null;
                        lock (sinks)
                        {
                            writes.Record(c.Operation);
                            if (sink is { } found)
                            {
                                sinks.Add(found);
                            }
                        }
                    },
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation,
                    OperationKind.SimpleAssignment);
                block.RegisterOperationBlockEndAction(end =>
                {
                    if (sinks.Count == 0)
                    {
                        return;
                    }

                    foreach (var sink in sinks)
                    {
                        var values = new List<IOperation>(sink.Values);
                        if (FirstSecret(evaluator, values, writes) is { } found)
                        {
                            end.ReportDiagnostic(sink.Exception
                                ? SecretInExceptionRule.Create(sink.Operation, sink.Name, found.Taint, found.Value)
                                : SecretReachesLogRule.Create(sink.Operation, sink.Name, found.Taint, found.Value));
                        }
                        else if (!sink.Exception && SecretObjectLoggedRule.Check(sink.Operation, sink.Name, values, printed) is { } whole)
                        {
                            end.ReportDiagnostic(whole);
                        }
                    }
                });
            });
        });
    }

    private readonly record struct Sink(IOperation Operation, string Name, IEnumerable<IOperation> Values, bool Exception);

    /// <summary>The first secret among <paramref name="values"/>, with the value it was found in.</summary>
    private static (Taint Taint, IOperation Value)? FirstSecret(TaintEvaluator evaluator, IEnumerable<IOperation> values, LocalAssignments writes)
    {
        foreach (var value in values)
        {
            var taint = evaluator.Evaluate(value, writes);
            if (taint.IsSecret)
            {
                return (taint, value);
            }
        }

        return null;
    }
}
