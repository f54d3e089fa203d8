using System.Collections.Immutable;
using System.Globalization;
using Eval752.Guardrails.Analyzers.Literals;
using Eval752.Guardrails.Detection.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0002: a credential inside a connection string or URL constant (<c>Password=</c>, <c>Pwd=</c>,
/// <c>scheme://user:pass@</c>, <c>redis://:pass@</c>) or a literal <c>Authorization: Bearer/Basic</c> value
/// (<see cref="SecretFamily.Credential"/>). Placeholders, templates (<c>Password={0}</c>) and
/// local-development defaults on loopback are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The shortest reportable form: <c>Pwd=</c> and a one-character password.</summary>
    private const int ShortestCredential = 5;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.Descriptors.HardcodedCredential);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(
            c => ScannedLiterals.Report(
                c,
                ShortestCredential,
                SecretFamily.Credential,
                Descriptors.Descriptors.HardcodedCredential,
                f => [f.Kind, f.Length.ToString(CultureInfo.InvariantCulture), f.Fingerprint]),
            ConstantStrings.Kinds);
    }
}
