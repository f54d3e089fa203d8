using Eval752.Guardrails.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0101: a secret reaches a log sink (<see cref="LogSinks"/>). Reported at the sink call, naming where the
/// value came from; the second location is the expression the code fix wraps. Runs inside <see cref="SecretFlowAnalyzer"/>.
/// </summary>
internal static class SecretReachesLogRule
{
    public static Diagnostic Create(IOperation sink, string sinkName, Taint taint, IOperation value) =>
        Diagnostic.Create(
            Descriptors.Descriptors.SecretReachesLog,
            sink.Syntax.GetLocation(),
            [(taint.Leaf ?? value).Syntax.GetLocation()],
            taint.Origin!.Description,
            sinkName);
}
