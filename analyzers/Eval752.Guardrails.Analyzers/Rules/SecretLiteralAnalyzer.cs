using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Baseline;
using Eval752.Guardrails.Analyzers.Literals;
using Eval752.Guardrails.Detection.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// Hosts the literal rules EG0001 (<see cref="ProviderSecretLiteralRule"/>), EG0002
/// (<see cref="CredentialLiteralRule"/>) and EG0003 (<see cref="SecretNamedLiteralRule"/>): each outermost
/// string constant is read once (syntax first, <see cref="LiteralText"/>), scanned once by the detection
/// engine, and judged by the three rules; three analyzers would read and scan every value three times
/// (docs/performance.md). Also reports EG0091 for baseline entries of these rules that matched nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The shortest reportable value: <c>Pwd=</c> and a one-character password.</summary>
    private const int ShortestFinding = 5;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.Descriptors.HardcodedProviderSecret,
        Descriptors.Descriptors.HardcodedCredential,
        Descriptors.Descriptors.HardcodedSecretByName,
        Descriptors.Descriptors.StaleBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var namedSecretSeverity = TestProjects.IsTestProject(start.Compilation, start.Options) ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            var baseline = BaselineUsage.Start(start.Options, start.CancellationToken);
            start.RegisterOperationAction(
                c => Check(new LiteralReport(c, baseline, namedSecretSeverity)),
                OperationKind.Literal,
                OperationKind.Utf8String,
                OperationKind.Binary,
                OperationKind.InterpolatedString);
            if (baseline is not null)
            {
                start.RegisterCompilationEndAction(end => baseline.ReportStale(end, BaselineUsage.LiteralRules));
            }
        });
    }

    private static void Check(in LiteralReport report)
    {
        var literal = report.Context.Operation;
        if (OutermostConstant.TextOf(literal, ShortestFinding) is not { } text)
        {
            return;
        }

        var findings = SecretScanner.Scan(text);
        foreach (var finding in findings)
        {
            ProviderSecretLiteralRule.Check(report, literal, finding);
            CredentialLiteralRule.Check(report, literal, finding);
        }

        if (findings.Count == 0)
        {
            SecretNamedLiteralRule.Check(report, literal, text);
        }
    }
}
