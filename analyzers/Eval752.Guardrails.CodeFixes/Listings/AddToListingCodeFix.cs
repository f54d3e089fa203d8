using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Eval752.Guardrails.CodeFixes.Listings;

/// <summary>
/// What EG0201's and EG0202's fixes share: the source is left as it is and the variable the diagnostic
/// names (property <c>Variable</c>) is written into a listing file; fix-all collects every variable in
/// scope and writes each file once.
/// </summary>
public abstract class AddToListingCodeFix : CodeFixProvider
{
    private const string VariableProperty = "Variable";
    private const string ListingPathProperty = "ListingPath";

    private protected abstract string DiagnosticId { get; }

    private protected abstract string Title { get; }

    private protected abstract string FixAllTitle { get; }

    public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticId);

    public sealed override FixAllProvider GetFixAllProvider() => new ListingFixAllProvider(this);

    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(VariableProperty, out var variable) && variable is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        string.Format(System.Globalization.CultureInfo.InvariantCulture, Title, variable),
                        ct => AddAsync(context.Document.Project.Solution, context.Document.Project, new[] { diagnostic }, ct),
                        GetType().Name),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The listing to edit, given the paths the diagnostics carry (none when the project has no such file).</summary>
    private protected abstract Listing ListingFor(IEnumerable<string> knownPaths);

    internal string FixAllTitleText => FixAllTitle;

    /// <summary>Every variable the diagnostics name, per project, written into each listing file once (shared files too).</summary>
    internal Task<Solution> AddAllAsync(Solution solution, IReadOnlyDictionary<ProjectId, List<Diagnostic>> byProject, CancellationToken cancellationToken)
    {
        var names = new Dictionary<ProjectId, List<string>>();
        var knownPaths = new List<string>();
        foreach (var pair in byProject)
        {
            names[pair.Key] = pair.Value
                .Select(d => d.Properties.TryGetValue(VariableProperty, out var name) ? name : null)
                .Where(name => name is not null)
                .Select(name => name!)
                .Distinct(System.StringComparer.OrdinalIgnoreCase)
                .ToList();
            knownPaths.AddRange(pair.Value
                .Select(d => d.Properties.TryGetValue(ListingPathProperty, out var path) ? path : null)
                .Where(path => path is not null)
                .Select(path => path!));
        }

        return ListingDocuments.EditAsync(solution, ListingFor(knownPaths.Distinct(System.StringComparer.OrdinalIgnoreCase)), names, cancellationToken);
    }

    private Task<Solution> AddAsync(Solution solution, Project project, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
        AddAllAsync(solution, new Dictionary<ProjectId, List<Diagnostic>> { [project.Id] = diagnostics.ToList() }, cancellationToken);
}
