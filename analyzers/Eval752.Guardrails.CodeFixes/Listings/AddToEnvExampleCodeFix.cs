using System.Composition;
using Eval752.Guardrails.Detection.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Eval752.Guardrails.CodeFixes.Listings;

/// <summary>
/// EG0201 fix: add the variable to <c>.env.example</c> with an empty value and a comment above it, in its
/// section (<see cref="EnvExampleVariableEditor"/>); a project without the file gets one beside it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToEnvExampleCodeFix))]
[Shared]
public sealed class AddToEnvExampleCodeFix : AddToListingCodeFix
{
    private protected override string DiagnosticId => DiagnosticIds.MissingFromEnvExample;

    private protected override string Title => "Add {0} to .env.example";

    private protected override string FixAllTitle => "Add every variable read to .env.example";

    private protected override Listing ListingFor(System.Collections.Generic.IEnumerable<string> knownPaths) =>
        new(knownPaths, ".env.example", ".env.example", EnvExampleVariableEditor.Add);
}
