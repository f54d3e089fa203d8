using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Eval752.Guardrails.CodeFixes.Listings;

/// <summary>The documents a fix-all covers, for the custom fix-all providers that edit AdditionalFiles.</summary>
internal static class FixAllScopes
{
    public static IEnumerable<Document> Documents(FixAllContext context) => context.Scope switch
    {
        FixAllScope.Document when context.Document is { } document => new[] { document },
        FixAllScope.Project => context.Project.Documents,
        FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents),
        _ => Enumerable.Empty<Document>(),
    };
}
