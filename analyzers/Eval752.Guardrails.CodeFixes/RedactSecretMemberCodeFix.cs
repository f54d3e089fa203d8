using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Eval752.Guardrails.Analyzers.Flow;
using Eval752.Guardrails.Analyzers.Rules;
using Eval752.Guardrails.Detection.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Eval752.Guardrails.CodeFixes;

/// <summary>
/// EG0103 fixes. A record whose synthesized ToString prints a secret gets a <c>PrintMembers</c> that prints every
/// public member the compiler would, with each secret one as <c>[redacted]</c> (records deriving from another
/// record are left to the user: their PrintMembers must call the base's). A serialized type's secret member gets
/// <c>[JsonIgnore]</c> (Newtonsoft's when the type already uses Newtonsoft attributes).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactSecretMemberCodeFix))]
[Shared]
public sealed class RedactSecretMemberCodeFix : CodeFixProvider
{
    public const string PrintMembersTitle = "Declare a PrintMembers that redacts the secret";
    public const string JsonIgnoreTitle = "Add [JsonIgnore]";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.TypePrintsSecret);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (model is null || root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(SecretPrintingTypeAnalyzer.FixProperty, out var fix) || fix is null)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var declaration = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (declaration is null || model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type)
            {
                continue;
            }

            if (fix == SecretPrintingTypeAnalyzer.PrintMembersFix && declaration is RecordDeclarationSyntax record
                && type.BaseType is { SpecialType: SpecialType.System_Object } or { SpecialType: SpecialType.System_ValueType })
            {
                context.RegisterCodeFix(CodeAction.Create(PrintMembersTitle, ct => AddPrintMembersAsync(context.Document, record, type, ct), PrintMembersTitle), diagnostic);
            }
            else if (fix is SecretPrintingTypeAnalyzer.JsonIgnoreFix or SecretPrintingTypeAnalyzer.NewtonsoftJsonIgnoreFix
                && node.FirstAncestorOrSelf<MemberDeclarationSyntax>() is PropertyDeclarationSyntax or FieldDeclarationSyntax)
            {
                var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>()!;
                var attribute = fix == SecretPrintingTypeAnalyzer.JsonIgnoreFix ? "global::System.Text.Json.Serialization.JsonIgnore" : "global::Newtonsoft.Json.JsonIgnore";
                context.RegisterCodeFix(CodeAction.Create(JsonIgnoreTitle, ct => AddAttributeAsync(context.Document, member, attribute, ct), JsonIgnoreTitle), diagnostic);
            }
        }
    }

    private static async Task<Document> AddPrintMembersAsync(Document document, RecordDeclarationSyntax record, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        // The members the synthesized PrintMembers prints: public instance fields and readable properties, in declaration order.
        var origins = new SecretOriginCache();
        var body = new StringBuilder();
        var first = true;
        foreach (var member in type.GetMembers())
        {
            var printed = member switch
            {
                IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } p when p.Name != "EqualityContract" => p,
                IFieldSymbol { IsStatic: false, IsConst: false, DeclaredAccessibility: Accessibility.Public, IsImplicitlyDeclared: false } f => (ISymbol)f,
                _ => null,
            };
            if (printed is null)
            {
                continue;
            }

            var secret = SecretSymbols.OfSymbol(printed, origins) is not null;
            body.Append("        builder.Append(\"").Append(first ? string.Empty : ", ").Append(printed.Name).Append(" = ");
            body.Append(secret ? "[redacted]\");\n" : "\").Append(" + printed.Name + ");\n");
            first = false;
        }

        var modifiers = type.IsSealed || type.IsValueType ? "private" : "protected virtual";
        var method = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
            $"{modifiers} bool PrintMembers(global::System.Text.StringBuilder builder)\n{{\n{body}        return true;\n}}\n")!;
        method = method.WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        var updated = record.SemicolonToken.IsKind(SyntaxKind.SemicolonToken) && record.Members.Count == 0
            ? record.WithSemicolonToken(default).WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken)).WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken)).AddMembers(method)
            : record.AddMembers(method);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replaced = document.WithSyntaxRoot(root!.ReplaceNode(record, updated.WithAdditionalAnnotations(Formatter.Annotation)));
        return await ImportAdder.AddImportsAsync(replaced, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> AddAttributeAsync(Document document, MemberDeclarationSyntax member, string attribute, CancellationToken cancellationToken)
    {
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.ParseName(attribute))))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
        var updated = member.WithoutLeadingTrivia().AddAttributeLists(list).WithLeadingTrivia(member.GetLeadingTrivia());
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replaced = document.WithSyntaxRoot(root!.ReplaceNode(member, updated));
        return await ImportAdder.AddImportsAsync(replaced, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
