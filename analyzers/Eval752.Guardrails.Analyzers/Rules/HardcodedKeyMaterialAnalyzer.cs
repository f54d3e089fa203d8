using System.Collections.Concurrent;
using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Descriptors;
using Eval752.Guardrails.Analyzers.Baseline;
using Eval752.Guardrails.Analyzers.KeyMaterial;
using Eval752.Guardrails.Detection.Rules;
using Eval752.Guardrails.Analyzers.Literals;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Keys;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0004: key material fixed in source (byte literals, hex, base64, encoded strings) that reaches a
/// cryptographic key parameter or <c>Key</c> property, or is stored under a name that says
/// encryption key. Reported at the literal, so the fix happens where the key is written.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedKeyMaterialAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.Descriptors.HardcodedKeyMaterial, Descriptors.Descriptors.StaleBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // A literal can be found both from its name and from the sink it reaches: report it once.
            var reported = new ConcurrentDictionary<Location, byte>();
            var baseline = BaselineUsage.Start(start.Options, start.CancellationToken);
            start.RegisterOperationAction(
                c => AnalyzeLiteralKeyMaterial(c, reported, baseline),
                OperationKind.ArrayCreation,
                OperationKind.CollectionExpression,
                OperationKind.Utf8String);
            start.RegisterOperationAction(c => AnalyzeKeyText(c, reported, baseline), OperationKind.Literal);

            // One callback per call rather than per argument (arguments are the most frequent operations in any
            // code base), and one per invocation for both questions: is the call itself key material
            // (Convert.FromHexString("…")), and does an argument carry key material into a key parameter.
            start.RegisterOperationAction(
                c =>
                {
                    if (c.Operation.Kind == OperationKind.Invocation)
                    {
                        AnalyzeLiteralKeyMaterial(c, reported, baseline);
                    }

                    AnalyzeCallArguments(c, reported, baseline);
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeMemberReachingSink(c, c.Operation, reported, baseline), OperationKind.SimpleAssignment);
            if (baseline is not null)
            {
                start.RegisterCompilationEndAction(end => baseline.ReportStale(end, DiagnosticIds.HardcodedKeyMaterial));
            }
        });
    }

    private static void AnalyzeLiteralKeyMaterial(OperationAnalysisContext context, ConcurrentDictionary<Location, byte> reported, BaselineUsage? baseline)
    {
        var bytes = KeyMaterialLiteral.TryGetBytes(context.Operation);
        if (bytes is null || TestVectorScope.IsExempt(bytes, context.ContainingSymbol))
        {
            return;
        }

        var destination = KeyMaterialFlow.DescribeDestination(context.Operation, followLocals: true);
        if (destination is not null)
        {
            Report(context, reported, baseline, context.Operation.Syntax.GetLocation(), destination);
        }
    }

    /// <summary>A hex or base64 string stored under an encryption-key name: <c>const string EncryptionKey = "…"</c>.</summary>
    private static void AnalyzeKeyText(OperationAnalysisContext context, ConcurrentDictionary<Location, byte> reported, BaselineUsage? baseline)
    {
        if (LiteralText.Of(context.Operation) is not { } text
            || text.Length < KeyMaterialText.MinimumKeyBytes
            || !KeyMaterialText.LooksLikeKeyText(text)
            || IsAwsSecretAccessKey(context.Operation, text))
        {
            return;
        }

        var destination = KeyMaterialFlow.DescribeDestination(context.Operation, followLocals: false);
        if (destination is not null)
        {
            Report(context, reported, baseline, context.Operation.Syntax.GetLocation(), destination);
        }
    }

    /// <summary>An AWS secret access key under its name (<c>awsSecretKey</c>) is EG0001's, reported there once.</summary>
    private static bool IsAwsSecretAccessKey(IOperation literal, string text) =>
        ValueDestination.NameOf(literal) is { } name && Detection.Secrets.Detectors.AwsSecretAccessKeyDetector.FromName(name, text) is not null;

    /// <summary>
    /// <c>new AesGcm(Key)</c> where <c>Key</c> is a field or property initialized with literal bytes,
    /// possibly in another file: reported at that initializer.
    /// </summary>
    private static void AnalyzeCallArguments(OperationAnalysisContext context, ConcurrentDictionary<Location, byte> reported, BaselineUsage? baseline)
    {
        var arguments = context.Operation switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };

        foreach (var argument in arguments.IsDefault ? [] : arguments)
        {
            AnalyzeMemberReachingSink(context, argument, reported, baseline);
        }
    }

    private static void AnalyzeMemberReachingSink(OperationAnalysisContext context, IOperation operation, ConcurrentDictionary<Location, byte> reported, BaselineUsage? baseline)
    {
        // Only a field or property reference can carry an initializer from elsewhere: check that before naming the sink.
        var value = operation switch
        {
            IArgumentOperation argument => argument.Value,
            ISimpleAssignmentOperation assignment => assignment.Value,
            _ => null,
        };
        if (KeyMaterialFlow.Unwrap(value) is not IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member)
        {
            return;
        }

        var destination = operation switch
        {
            IArgumentOperation argument => KeyMaterialSinks.DescribeArgument(argument),
            ISimpleAssignmentOperation assignment => KeyMaterialSinks.DescribeAssignmentTarget(assignment.Target),
            _ => null,
        };
        if (destination is null)
        {
            return;
        }

        foreach (var reference in member.Member.DeclaringSyntaxReferences)
        {
            var initializer = reference.GetSyntax(context.CancellationToken) switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                _ => null,
            };

            var bytes = initializer is null ? null : KeyMaterialSyntax.TryGetBytes(initializer);
            if (bytes is not null && !TestVectorScope.IsExempt(bytes, member.Member))
            {
                Report(context, reported, baseline, initializer!.GetLocation(), destination);
            }
        }
    }

    private static void Report(OperationAnalysisContext context, ConcurrentDictionary<Location, byte> reported, BaselineUsage? baseline, Location location, string destination)
    {
        if (reported.TryAdd(location, 0))
        {
            // The fingerprint covers the literal as written, so a baseline entry keeps matching it wherever it moves.
            var written = location.SourceTree?.GetText(context.CancellationToken).ToString(location.SourceSpan) ?? string.Empty;
            var fingerprint = SecretFingerprint.Of(written);
            if (baseline?.Accepts(DiagnosticIds.HardcodedKeyMaterial, fingerprint, location) != true)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.Descriptors.HardcodedKeyMaterial,
                    location,
                    FindingProperties.Of("key-material", fingerprint),
                    destination));
            }
        }
    }
}
