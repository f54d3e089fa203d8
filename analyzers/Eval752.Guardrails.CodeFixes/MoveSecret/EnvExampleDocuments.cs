using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.CodeFixes.MoveSecret;

/// <summary>
/// Writes the variables a fix introduced into each project's <c>.env.example</c> (an AdditionalFiles
/// item the package adds). Projects that share one file get one edit of it; a project without one
/// gets a new file beside the project file.
/// </summary>
internal static class EnvExampleDocuments
{
    private static readonly Listings.Listing EnvExample = new(System.Array.Empty<string>(), EnvExampleEditor.FileName, EnvExampleEditor.FileName, EnvExampleEditor.AddVariables);

    public static Task<Solution> AddAsync(Solution solution, IReadOnlyDictionary<ProjectId, List<string>> namesByProject, CancellationToken cancellationToken) =>
        Listings.ListingDocuments.EditAsync(solution, EnvExample, namesByProject, cancellationToken);
}
