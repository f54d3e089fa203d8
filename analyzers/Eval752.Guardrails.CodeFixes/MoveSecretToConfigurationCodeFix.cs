using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Eval752.Guardrails.CodeFixes.MoveSecret;
using Eval752.Guardrails.Detection.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Eval752.Guardrails.CodeFixes;

/// <summary>
/// EG0001-EG0003 fix: move the secret out of source. The literal becomes a configuration read named
/// after where it was written (<c>OpenAiOptions.ApiKey</c> reads <c>OpenAi:ApiKey</c>, a local
/// <c>openAiKey</c> reads <c>OPENAI_KEY</c>) that throws a clear exception when the variable is missing,
/// and the variable is added to <c>.env.example</c> with an empty value. Fix-all edits <c>.env.example</c> once.
/// </summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(MoveSecretToConfigurationCodeFix))]
[Shared]
public sealed class MoveSecretToConfigurationCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "Eval752.MoveSecretToConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.HardcodedProviderSecret,
        DiagnosticIds.HardcodedCredential,
        DiagnosticIds.HardcodedSecretByName);

    public override FixAllProvider GetFixAllProvider() => MoveSecretFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || SecretReplacement.FindFixable(root, context.Span) is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Read the secret from configuration and add it to .env.example",
                    ct => FixAsync(context.Document, diagnostic, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Solution> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var (changed, names) = await SecretReplacement.ApplyAsync(document, new[] { diagnostic }, cancellationToken).ConfigureAwait(false);
        var byProject = new Dictionary<ProjectId, List<string>> { [document.Project.Id] = new List<string>(names) };
        return await EnvExampleDocuments.AddAsync(changed.Project.Solution, byProject, cancellationToken).ConfigureAwait(false);
    }
}
