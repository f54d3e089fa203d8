using System.Collections.Immutable;
using System.Globalization;
using Eval752.Guardrails.Detection.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0001: a string constant holding a provider secret of a known shape. Works on the compiler's
/// constant value, so every literal form counts (regular, verbatim, raw, UTF-8, interpolated or
/// concatenated constants, constants folded across <c>const</c> fields), and reports once, at the
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
            Analyze,
            OperationKind.Literal,
            OperationKind.Utf8String,
            OperationKind.Binary,
            OperationKind.InterpolatedString);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var operation = context.Operation;
        var text = operation switch
        {
            IUtf8StringOperation utf8 => utf8.Value,
            _ when operation.ConstantValue is { HasValue: true, Value: string value } => value,
            _ => null,
        };

        if (text is null || text.Length < ShortestSecret || IsInsideLargerConstant(operation))
        {
            return;
        }

        foreach (var finding in SecretScanner.Scan(text))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.Descriptors.HardcodedProviderSecret,
                operation.Syntax.GetLocation(),
                finding.Kind,
                finding.Confidence.ToString().ToLowerInvariant(),
                finding.Length.ToString(CultureInfo.InvariantCulture),
                finding.Fingerprint));
        }
    }

    /// <summary>A piece of a constant concatenation or interpolation is checked as part of the whole, once.</summary>
    private static bool IsInsideLargerConstant(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IBinaryOperation or IInterpolatedStringOperation when parent.ConstantValue is { HasValue: true, Value: string }:
                    return true;
                case IBinaryOperation or IInterpolatedStringOperation or IInterpolatedStringTextOperation or IInterpolationOperation or IConversionOperation:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
