using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Eval752.Guardrails.CodeFixes.MoveSecret;

/// <summary>
/// Replaces hardcoded secrets in one document with run-time reads that fail with a clear message when
/// the variable is missing: <c>configuration["Key"]</c> when an <c>IConfiguration</c> is in scope,
/// otherwise <c>Environment.GetEnvironmentVariable("NAME")</c>. A <c>const</c> holding the secret
/// becomes <c>static readonly</c> (a const cannot read at run time); places that require a constant
/// (attribute arguments, case labels, default parameter values) are left alone.
/// </summary>
internal static class SecretReplacement
{
    public static ExpressionSyntax? FindFixable(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
        {
            return null;
        }

        foreach (var ancestor in expression.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case AttributeArgumentSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or EnumMemberDeclarationSyntax:
                case EqualsValueClauseSyntax { Parent: ParameterSyntax }:
                    return null;
                case StatementSyntax or MemberDeclarationSyntax:
                    return expression;
            }
        }

        return expression;
    }

    /// <summary>Rewrites every fixable diagnostic of the document; returns the new document and the variables it now reads, in order.</summary>
    public static async Task<(Document Document, IReadOnlyList<string> EnvironmentNames)> ApplyAsync(
        Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var names = new List<string>();
        var done = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (FindFixable(root!, diagnostic.Location.SourceSpan) is not { } expression || !done.Add(expression))
            {
                continue;
            }

            diagnostic.Properties.TryGetValue("kind", out var kind);
            var name = SecretDestination.NameFor(model!.GetOperation(expression, cancellationToken), kind);
            var configuration = ConfigurationInScope.Find(model, expression.SpanStart);
            editor.ReplaceNode(expression, Read(expression, name, configuration));
            DropConst(editor, expression);
            if (!names.Contains(name.EnvironmentName))
            {
                names.Add(name.EnvironmentName);
            }
        }

        return (editor.GetChangedDocument(), names);
    }

    private static ExpressionSyntax Read(ExpressionSyntax original, SecretVariableName name, string? configuration)
    {
        var read = configuration is null
            ? $"(global::System.Environment.GetEnvironmentVariable(\"{name.EnvironmentName}\") ?? throw new global::System.InvalidOperationException(\"{name.EnvironmentName} is not set: provide it through the environment or a secret store (see .env.example).\"))"
            : $"({configuration}[\"{name.ConfigurationKey}\"] ?? throw new global::System.InvalidOperationException(\"{name.ConfigurationKey} is not configured: set the {name.EnvironmentName} environment variable or a secret-store entry (see .env.example).\"))";
        if (original.IsKind(SyntaxKind.Utf8StringLiteralExpression))
        {
            read = $"global::System.Text.Encoding.UTF8.GetBytes{read}";
        }

        var parsed = SyntaxFactory.ParseExpression(read);

        // Fully qualified so the fix compiles anywhere; the simplifier then drops what the usings make redundant.
        return parsed
            .ReplaceNodes(parsed.DescendantNodesAndSelf().Where(n => n is NameSyntax or MemberAccessExpressionSyntax or ParenthesizedExpressionSyntax), (_, node) => node.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithTriviaFrom(original)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
    }

    private static void DropConst(DocumentEditor editor, ExpressionSyntax expression)
    {
        if (expression.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: { } declaration } } })
        {
            return;
        }

        switch (declaration)
        {
            case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                editor.ReplaceNode(field, (node, _) => ToStaticReadonly((FieldDeclarationSyntax)node));
                break;
            case LocalDeclarationStatementSyntax local when local.IsConst:
                editor.ReplaceNode(local, (node, _) =>
                {
                    var statement = (LocalDeclarationStatementSyntax)node;
                    var leading = statement.GetLeadingTrivia();
                    var constKeyword = statement.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                    return statement.WithModifiers(statement.Modifiers.Remove(constKeyword)).WithLeadingTrivia(leading);
                });
                break;
        }
    }

    private static FieldDeclarationSyntax ToStaticReadonly(FieldDeclarationSyntax field)
    {
        var modifiers = new List<SyntaxToken>();
        foreach (var modifier in field.Modifiers)
        {
            if (modifier.IsKind(SyntaxKind.ConstKeyword))
            {
                modifiers.Add(SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithTriviaFrom(modifier));
                modifiers.Add(SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(SyntaxFactory.Space));
            }
            else
            {
                modifiers.Add(modifier);
            }
        }

        return field.WithModifiers(SyntaxFactory.TokenList(modifiers));
    }
}
