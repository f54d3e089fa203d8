using System;
using System.Collections.Immutable;
using System.Globalization;
using Eval752.Guardrails.Analyzers.Baseline;
using Eval752.Guardrails.Analyzers.Literals;
using Eval752.Guardrails.Detection.Rules;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Naming;
using Eval752.Guardrails.Detection.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0003: a string constant that looks random, stored under a secret name: a field, property, local,
/// parameter (named or positional), returning member, indexer or dictionary key, configuration key or
/// environment variable called password, secret, token, API key, client secret, credential…
/// Values EG0001/EG0002 already report, and encryption-key names (EG0004), are left to those rules.
/// In test projects the finding is lowered to a suggestion.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretNamedLiteralAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] TestFrameworks = { "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "TUnit.Core" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.Descriptors.HardcodedSecretByName);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var severity = IsTestProject(start.Compilation, start.Options) ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            start.RegisterOperationAction(c => Analyze(c, severity), ConstantStrings.Kinds);
        });
    }

    private static void Analyze(OperationAnalysisContext context, DiagnosticSeverity severity)
    {
        // Cheapest first: the value's own shape rejects most literals before any semantic work.
        if (ConstantStrings.OutermostText(context.Operation, GenericSecretValue.MinimumLength) is not { } text
            || !GenericSecretValue.IsPlausible(text)
            || ValueDestination.NameOf(context.Operation) is not { } name
            || !NameClassificationCache.Secret.Matches(name)
            || NameClassificationCache.EncryptionKey.Matches(name)
            || SecretScanner.Scan(text).Count > 0)
        {
            return;
        }

        var fingerprint = SecretFingerprint.Of(text);
        var location = context.Operation.Syntax.GetLocation();
        if (BaselineSource.Accepts(context.Options, DiagnosticIds.HardcodedSecretByName, fingerprint, location, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.Descriptors.HardcodedSecretByName,
            location,
            severity,
            additionalLocations: null,
            properties: FindingProperties.Of("generic", fingerprint),
            name,
            text.Length.ToString(CultureInfo.InvariantCulture),
            fingerprint));
    }

    private static bool IsTestProject(Compilation compilation, AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.IsTestProject", out var value)
            && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var reference in compilation.ReferencedAssemblyNames)
        {
            if (Array.IndexOf(TestFrameworks, reference.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
