using System.Collections.Immutable;
using System.Globalization;
using Eval752.Guardrails.Analyzers.Literals;
using Eval752.Guardrails.Detection.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0001: a string constant holding a provider secret of a known shape (<see cref="SecretFamily.ProviderKey"/>).
/// Works on the compiler's constant value, so every literal form counts, and reports once, at the
/// outermost constant expression.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProviderSecretLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The shortest shape the engine knows (an AWS access key id).</summary>
    private const int ShortestSecret = 20;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.Descriptors.HardcodedProviderSecret);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(
            c => ScannedLiterals.Report(
                c,
                ShortestSecret,
                SecretFamily.ProviderKey,
                Descriptors.Descriptors.HardcodedProviderSecret,
                f => [f.Kind, f.Confidence.ToString().ToLowerInvariant(), f.Length.ToString(CultureInfo.InvariantCulture), f.Fingerprint]),
            ConstantStrings.Kinds);
    }
}
