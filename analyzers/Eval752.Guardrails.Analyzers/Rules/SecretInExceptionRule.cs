using System.Collections.Generic;
using Eval752.Guardrails.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0102: a secret is put into an exception's message or arguments, or into <c>Exception.Data</c>
/// (<see cref="ExceptionSinks"/>). Reported at the creation or the write. Runs inside <see cref="SecretFlowAnalyzer"/>.
/// </summary>
internal static class SecretInExceptionRule
{
    public static void Check(OperationAnalysisContext context, TaintEvaluator evaluator, string sink, IEnumerable<IOperation> values)
    {
        if (SecretFlowAnalyzer.FirstSecret(evaluator, values, context.Operation) is { } found)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.Descriptors.SecretInException,
                context.Operation.Syntax.GetLocation(),
                [(found.Taint.Leaf ?? found.Value).Syntax.GetLocation()],
                found.Taint.Origin!.Description,
                sink));
        }
    }
}
