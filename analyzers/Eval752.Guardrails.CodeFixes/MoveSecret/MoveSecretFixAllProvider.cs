using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Eval752.Guardrails.CodeFixes.MoveSecret;

/// <summary>
/// Fix-all for moving secrets: rewrites every document in scope, then writes each <c>.env.example</c>
/// once with all the variables introduced (the batch fixer would merge one text edit per diagnostic
/// into the same file and conflict).
/// </summary>
internal sealed class MoveSecretFixAllProvider : FixAllProvider
{
    public static readonly MoveSecretFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
        Task.FromResult<CodeAction?>(CodeAction.Create(
            "Read every secret from configuration and add them to .env.example",
            async cancellationToken =>
            {
                var solution = fixAllContext.Solution;
                var names = new Dictionary<ProjectId, List<string>>();
                foreach (var document in Listings.FixAllScopes.Documents(fixAllContext))
                {
                    var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                    if (diagnostics.IsEmpty)
                    {
                        continue;
                    }

                    var (changed, added) = await SecretReplacement.ApplyAsync(solution.GetDocument(document.Id)!, diagnostics, cancellationToken).ConfigureAwait(false);
                    solution = solution.WithDocumentSyntaxRoot(document.Id, (await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!);
                    if (!names.TryGetValue(document.Project.Id, out var list))
                    {
                        names[document.Project.Id] = list = new List<string>();
                    }

                    list.AddRange(added.Where(n => !list.Contains(n)));
                }

                return await EnvExampleDocuments.AddAsync(solution, names, cancellationToken).ConfigureAwait(false);
            },
            fixAllContext.CodeActionEquivalenceKey));
}
