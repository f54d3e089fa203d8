using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0090: <c>.guardrails-baseline.json</c> cannot be read, or an entry lacks its rule, fingerprint,
/// path or justification (an entry without a justification accepts nothing). Reported at the line.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.Descriptors.InvalidBaseline);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        if (BaselineSource.Find(context.Options) is not { } file
            || file.GetText(context.CancellationToken) is not { } text
            || BaselineSource.Read(file, context.CancellationToken) is not { } baseline)
        {
            return;
        }

        foreach (var (line, message) in baseline.Problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.Descriptors.InvalidBaseline, BaselineSource.LineLocation(file, text, line), message));
        }
    }
}
