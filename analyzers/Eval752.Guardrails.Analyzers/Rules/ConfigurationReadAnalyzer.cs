using System.Collections.Concurrent;
using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Configuration;
using Eval752.Guardrails.Detection.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// Hosts EG0201 (<see cref="MissingFromEnvExampleRule"/>) and EG0202 (<see cref="MissingFromConfigurationDocsRule"/>):
/// each configuration read (<see cref="ConfigurationReads"/>, and the properties bound options fill,
/// <see cref="OptionsBindings"/>) is found once and checked against both listings,
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
            var prefixes = new EnvironmentPrefixes(start.Compilation, start.CancellationToken);

            // The same options type bound twice at one place (Configure<T> and Get<T> of one section) is one set of reads.
            var boundReported = new ConcurrentDictionary<(string, Location), byte>();
            void Check(OperationAnalysisContext c, string key, SyntaxNode syntax, string? boundTo)
            {
                var variable = ConfigurationVariable.Canonical(key);
                if (variable.Length == 0 || ConfigurationVariable.IsFrameworkKey(variable, listings.FrameworkPatterns))
                {
                    return;
                }

                // Through AddEnvironmentVariables("MYAPP_") the key comes from MYAPP_<key>; Environment.GetEnvironmentVariable reads names as written.
                if (c.Operation is not IInvocationOperation { TargetMethod.Name: "GetEnvironmentVariable" } && prefixes.Values.Count > 0)
                {
                    variable = listings.FirstListed(prefixes.Values, variable) ?? prefixes.Values[0] + variable;
                }

                var read = new ConfigurationRead(key, variable, syntax.GetLocation(), boundTo);
                if (boundTo is not null && !boundReported.TryAdd((variable, read.Location), 0))
                {
                    return;
                }

                MissingFromEnvExampleRule.Check(c, listings, read, noEnvExample);
                MissingFromConfigurationDocsRule.Check(c, listings, read, noDocs);
            }

            start.RegisterOperationAction(
                c =>
                {
                    if (ConfigurationReads.Of(c.Operation) is { } found)
                    {
                        Check(c, found.Key, found.KeySyntax, boundTo: null);
                    }
                    else if (c.Operation is IInvocationOperation invocation && OptionsBindings.Of(invocation) is { } bound)
                    {
                        foreach (var (key, property, syntax) in bound)
                        {
                            Check(c, key, syntax, property);
                        }
                    }
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
