using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Configuration;
using Eval752.Guardrails.Detection.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// Hosts EG0201 (<see cref="MissingFromEnvExampleRule"/>) and EG0202 (<see cref="MissingFromConfigurationDocsRule"/>):
/// each configuration read (<see cref="ConfigurationReads"/>) is found once and checked against both listings,
/// live in the IDE as the AdditionalFiles change. Framework and OS keys (DESIGN section 5, plus the
/// <c>Eval752FrameworkKeys</c> property) are skipped.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationReadAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.Descriptors.MissingFromEnvExample,
        Descriptors.Descriptors.MissingFromConfigurationDocs,
        Descriptors.Descriptors.EnvExampleNotFound,
        Descriptors.Descriptors.ConfigurationDocsNotFound);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var listings = ConfigurationListings.Read(start.Options, start.CancellationToken);
            var noEnvExample = new EarliestRead();
            var noDocs = new EarliestRead();
            start.RegisterOperationAction(
                c =>
                {
                    if (ConfigurationReads.Of(c.Operation) is not { } found)
                    {
                        return;
                    }

                    var variable = ConfigurationVariable.Canonical(found.Key);
                    if (variable.Length == 0 || ConfigurationVariable.IsFrameworkKey(variable, listings.FrameworkPatterns))
                    {
                        return;
                    }

                    var read = new ConfigurationRead(found.Key, variable, found.KeySyntax.GetLocation());
                    MissingFromEnvExampleRule.Check(c, listings, read, noEnvExample);
                    MissingFromConfigurationDocsRule.Check(c, listings, read, noDocs);
                },
                OperationKind.Invocation,
                OperationKind.PropertyReference);
            start.RegisterCompilationEndAction(end =>
            {
                MissingFromEnvExampleRule.ReportMissingFile(end, noEnvExample);
                MissingFromConfigurationDocsRule.ReportMissingFile(end, noDocs);
            });
        });
    }
}
