using System.Collections.Generic;
using Eval752.Guardrails.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0101: a secret reaches a log sink (<see cref="LogSinks"/>). Reported at the sink call, naming where the
/// value came from; the second location is the expression the code fix wraps. Runs inside <see cref="SecretFlowAnalyzer"/>.
/// </summary>
internal static class SecretReachesLogRule
{
    public static void Check(OperationAnalysisContext context, TaintEvaluator evaluator, string sink, IEnumerable<IOperation> values)
    {
        if (SecretFlowAnalyzer.FirstSecret(evaluator, values, context.Operation) is { } found)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.Descriptors.SecretReachesLog,
                context.Operation.Syntax.GetLocation(),
                [(found.Taint.Leaf ?? found.Value).Syntax.GetLocation()],
                found.Taint.Origin!.Description,
                sink));
        }
    }
}
