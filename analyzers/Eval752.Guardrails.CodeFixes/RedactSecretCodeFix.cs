using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Eval752.Guardrails.Detection.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eval752.Guardrails.CodeFixes;

/// <summary>
/// EG0101/EG0102 fix: at the expression where the secret enters the sink's argument (the diagnostic's second
/// location), log its fingerprint instead, <c>Redact.Secret(value)</c>, when the project references
/// Eval752.Guardrails.Runtime; otherwise its length. Either way the value no longer reaches the log.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactSecretCodeFix))]
[Shared]
public sealed class RedactSecretCodeFix : CodeFixProvider
{
    public const string RedactTitle = "Log the secret's fingerprint (Redact.Secret)";
    public const string LengthTitle = "Log the secret's length instead";
    private const string RedactType = "Eval752.Guardrails.Runtime.Redaction.Redact";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SecretReachesLog, DiagnosticIds.SecretInException);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }

            var type = model.GetTypeInfo(value, context.CancellationToken).Type;
            if (model.Compilation.GetTypeByMetadataName(RedactType) is not null && (type?.SpecialType == SpecialType.System_String || IsByteArray(type)))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(RedactTitle, ct => QualifiedReplacement.ReplaceAsync(context.Document, value, $"global::{RedactType}.Secret({value.WithoutTrivia()})", addUsings: true, ct), equivalenceKey: RedactTitle),
                    diagnostic);
            }
            else if (type?.SpecialType == SpecialType.System_String || IsByteArray(type))
            {
                var nullable = type!.NullableAnnotation != NullableAnnotation.NotAnnotated || type.SpecialType != SpecialType.System_String;
                var length = nullable ? $"({Parenthesized(value)}?.Length ?? 0)" : $"{Parenthesized(value)}.Length";
                context.RegisterCodeFix(
                    CodeAction.Create(LengthTitle, ct => QualifiedReplacement.ReplaceAsync(context.Document, value, length, addUsings: true, ct), equivalenceKey: LengthTitle),
                    diagnostic);
            }
        }
    }

    private static bool IsByteArray(ITypeSymbol? type) => type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };

    private static string Parenthesized(ExpressionSyntax value) =>
        value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            ? value.WithoutTrivia().ToString()
            : $"({value.WithoutTrivia()})";
}
