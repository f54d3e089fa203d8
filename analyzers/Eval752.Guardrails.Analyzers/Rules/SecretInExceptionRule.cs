using Eval752.Guardrails.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0102: a secret is put into an exception's message or arguments, or into <c>Exception.Data</c>
/// (<see cref="ExceptionSinks"/>). Reported at the creation or the write. Runs inside <see cref="SecretFlowAnalyzer"/>.
/// </summary>
internal static class SecretInExceptionRule
{
    public static Diagnostic Create(IOperation sink, string sinkName, Taint taint, IOperation value) =>
        Diagnostic.Create(
            Descriptors.Descriptors.SecretInException,
            sink.Syntax.GetLocation(),
            [(taint.Leaf ?? value).Syntax.GetLocation()],
            taint.Origin!.Description,
            sinkName);
}
