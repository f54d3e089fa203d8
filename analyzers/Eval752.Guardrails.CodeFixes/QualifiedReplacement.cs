using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Eval752.Guardrails.CodeFixes;

/// <summary>
/// Replaces an expression with fully qualified text (<c>global::…</c>), so the fix compiles wherever it lands; the
/// simplifier then shortens every name the file's usings already cover and, when asked, adds the using that
/// shortens the rest.
/// </summary>
internal static class QualifiedReplacement
{
    public static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax original, string replacementText, bool addUsings, CancellationToken cancellationToken)
    {
        var parsed = SyntaxFactory.ParseExpression(replacementText);
        SyntaxAnnotation[] annotations = addUsings ? [Simplifier.Annotation, Simplifier.AddImportsAnnotation] : [Simplifier.Annotation];
        var replacement = parsed
            .ReplaceNodes(parsed.DescendantNodes().Where(n => n is NameSyntax or MemberAccessExpressionSyntax), (_, node) => node.WithAdditionalAnnotations(annotations))
            .WithTriviaFrom(original)
            .WithAdditionalAnnotations(annotations)
            .WithAdditionalAnnotations(Formatter.Annotation);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replaced = document.WithSyntaxRoot(root!.ReplaceNode(original, replacement));
        return addUsings
            ? await ImportAdder.AddImportsAsync(replaced, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false)
            : replaced;
    }
}
