using System.Composition;
using Eval752.Guardrails.Detection.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Eval752.Guardrails.CodeFixes.Listings;

/// <summary>
/// EG0202 fix: add a table row stub for the variable to the Configuration docs
/// (<see cref="ConfigurationDocsEditor"/>); a project without docs gets <c>docs/configuration.md</c> beside it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToConfigurationDocsCodeFix))]
[Shared]
public sealed class AddToConfigurationDocsCodeFix : AddToListingCodeFix
{
    private protected override string DiagnosticId => DiagnosticIds.MissingFromConfigurationDocs;

    private protected override string Title => "Document {0} in the Configuration docs";

    private protected override string FixAllTitle => "Document every variable read in the Configuration docs";

    private protected override Listing ListingFor(System.Collections.Generic.IEnumerable<string> knownPaths) =>
        new(knownPaths, "configuration.md", System.IO.Path.Combine("docs", "configuration.md"), ConfigurationDocsEditor.Add);
}
