using System;
using Eval752.Guardrails.Analyzers.Baseline;
using Eval752.Guardrails.Detection.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Literals;

/// <summary>Runs the detection engine over a string constant and reports the findings of one family (EG0001, EG0002).</summary>
internal static class ScannedLiterals
{
    public static void Report(
        OperationAnalysisContext context,
        int minimumLength,
        SecretFamily family,
        DiagnosticDescriptor descriptor,
        Func<SecretFinding, object[]> messageArguments)
    {
        if (ConstantStrings.OutermostText(context.Operation, minimumLength) is not { } text)
        {
            return;
        }

        foreach (var finding in SecretScanner.Scan(text))
        {
            if (finding.Family == family
                && !BaselineSource.Accepts(context.Options, descriptor.Id, finding.Fingerprint, context.Operation.Syntax.GetLocation(), context.CancellationToken))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    descriptor,
                    context.Operation.Syntax.GetLocation(),
                    FindingProperties.Of(finding.Kind, finding.Fingerprint),
                    messageArguments(finding)));
            }
        }
    }
}
