using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Eval752.Guardrails.CodeFixes.Listings;

/// <summary>
/// Fix-all for EG0201/EG0202: gathers the diagnostics of every document in scope per project and lets
/// <see cref="ListingDocuments"/> write each listing file once (the batch fixer only merges edits of
/// C# documents, and one edit per diagnostic of the same additional file would conflict).
/// </summary>
internal sealed class ListingFixAllProvider : FixAllProvider
{
    private readonly AddToListingCodeFix fix;

    public ListingFixAllProvider(AddToListingCodeFix fix) => this.fix = fix;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
        Task.FromResult<CodeAction?>(CodeAction.Create(
            fix.FixAllTitleText,
            async cancellationToken =>
            {
                var byProject = new Dictionary<ProjectId, List<Diagnostic>>();
                foreach (var document in Listings.FixAllScopes.Documents(fixAllContext))
                {
                    var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                    if (!diagnostics.IsEmpty)
                    {
                        if (!byProject.TryGetValue(document.Project.Id, out var list))
                        {
                            byProject[document.Project.Id] = list = new List<Diagnostic>();
                        }

                        list.AddRange(diagnostics);
                    }
                }

                return await fix.AddAllAsync(fixAllContext.Solution, byProject, cancellationToken).ConfigureAwait(false);
            },
            fixAllContext.CodeActionEquivalenceKey));
}
