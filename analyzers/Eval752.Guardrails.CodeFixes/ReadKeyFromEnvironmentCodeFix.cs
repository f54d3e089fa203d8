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
/// EG0004 fix: replace hardcoded key material with a run-time read of ENCRYPTION_KEY that fails
/// loudly when the variable is missing, so the key leaves the source in one step.
/// Bytes become <c>Convert.FromHexString(…)</c> of the variable; key text becomes the variable itself.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadKeyFromEnvironmentCodeFix))]
[Shared]
public sealed class ReadKeyFromEnvironmentCodeFix : CodeFixProvider
{
    public const string Title = "Read the key from ENCRYPTION_KEY at run time";

    private const string ReadVariable =
        "(global::System.Environment.GetEnvironmentVariable(\"ENCRYPTION_KEY\") ?? throw new global::System.InvalidOperationException(\"ENCRYPTION_KEY is not set: provide the 64-hex master key through the environment or a secret store.\"))";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HardcodedKeyMaterial);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
        {
            return;
        }

        // A const cannot hold a run-time read; the user must drop `const` first, so offer nothing.
        if (expression.FirstAncestorOrSelf<FieldDeclarationSyntax>()?.Modifiers.Any(SyntaxKind.ConstKeyword) == true
            || expression.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>()?.IsConst == true)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => ReplaceAsync(context.Document, expression, ct), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        var isText = expression.IsKind(SyntaxKind.StringLiteralExpression);
        var replacementText = isText ? ReadVariable : $"global::System.Convert.FromHexString{ReadVariable}";
        return QualifiedReplacement.ReplaceAsync(document, expression, replacementText, addUsings: false, cancellationToken);
    }
}
