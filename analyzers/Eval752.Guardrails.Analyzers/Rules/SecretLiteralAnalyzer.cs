using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Baseline;
using Eval752.Guardrails.Analyzers.Literals;
using Eval752.Guardrails.Detection.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// Hosts the literal rules EG0001 (<see cref="ProviderSecretLiteralRule"/>), EG0002
/// (<see cref="CredentialLiteralRule"/>) and EG0003 (<see cref="SecretNamedLiteralRule"/>): one walk per
/// operation block finds each outermost string constant, the detection engine scans it once, and each
/// rule judges the result. One analyzer rather than three because analyzer callbacks, not the checks,
/// dominated the rules' cost (docs/performance.md). Also reports EG0091 for baseline entries of these
/// rules that matched nothing.
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
            start.RegisterOperationBlockAction(block =>
                ConstantStringWalker.Walk(block.OperationBlocks, new LiteralReport(block, baseline, namedSecretSeverity), Check));
            if (baseline is not null)
            {
                start.RegisterCompilationEndAction(end => baseline.ReportStale(end, BaselineUsage.LiteralRules));
            }
        });
    }

    private static void Check(IOperation literal, string text, LiteralReport report)
    {
        if (text.Length < ShortestFinding)
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
