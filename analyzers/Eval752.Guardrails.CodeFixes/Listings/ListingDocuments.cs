using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Eval752.Guardrails.CodeFixes.Listings;

/// <summary>
/// Writes variables into a listing file every project sees as an AdditionalFiles item (.env.example,
/// the Configuration docs). Projects that share one file get one edit of it; a project without one gets
/// a new file where <see cref="Listing.NewPath"/> says. The same file is never created twice.
/// </summary>
internal static class ListingDocuments
{
    public static async Task<Solution> EditAsync(Solution solution, Listing listing, IReadOnlyDictionary<ProjectId, List<string>> namesByProject, CancellationToken cancellationToken)
    {
        // Group by the file on disk so a file shared by several projects is written once.
        var byFile = new Dictionary<string, (List<DocumentId> Documents, List<string> Names, ProjectId Project)>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in namesByProject)
        {
            var project = solution.GetProject(pair.Key);
            if (project is null || pair.Value.Count == 0)
            {
                continue;
            }

            var existing = project.AdditionalDocuments.Where(listing.Matches).ToList();
            var path = existing.FirstOrDefault()?.FilePath ?? listing.NewPath(project);
            if (!byFile.TryGetValue(path, out var entry))
            {
                entry = (new List<DocumentId>(), new List<string>(), project.Id);
                byFile[path] = entry;
            }

            entry.Documents.AddRange(existing.Where(d => string.Equals(d.FilePath ?? path, path, StringComparison.OrdinalIgnoreCase)).Select(d => d.Id));
            entry.Names.AddRange(pair.Value.Where(n => !entry.Names.Contains(n)));
        }

        foreach (var file in byFile)
        {
            var (documents, names, projectId) = file.Value;
            if (documents.Count == 0)
            {
                var created = listing.Edit(null, names)!;
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(file.Key), SourceText.From(created), filePath: file.Key);
                continue;
            }

            var current = await solution.GetAdditionalDocument(documents[0])!.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (listing.Edit(current.ToString(), names) is not { } updated)
            {
                continue;
            }

            var text = SourceText.From(updated, current.Encoding, current.ChecksumAlgorithm);
            foreach (var id in documents)
            {
                solution = solution.WithAdditionalDocumentText(id, text);
            }
        }

        return solution;
    }
}
