using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Eval752.Guardrails.CodeFixes.MoveSecret;

/// <summary>
/// Writes the variables a fix introduced into each project's <c>.env.example</c> (an AdditionalFiles
/// item the package adds). Projects that share one file get one edit of it; a project without one
/// gets a new file beside the project file.
/// </summary>
internal static class EnvExampleDocuments
{
    public static async Task<Solution> AddAsync(Solution solution, IReadOnlyDictionary<ProjectId, List<string>> namesByProject, CancellationToken cancellationToken)
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

            var existing = project.AdditionalDocuments.Where(IsEnvExample).ToList();
            var path = existing.FirstOrDefault()?.FilePath ?? NewFilePath(project);
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
                var created = EnvExampleEditor.AddVariables(null, names)!;
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), EnvExampleEditor.FileName, SourceText.From(created), filePath: file.Key);
                continue;
            }

            var current = await solution.GetAdditionalDocument(documents[0])!.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (EnvExampleEditor.AddVariables(current.ToString(), names) is not { } updated)
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

    private static bool IsEnvExample(TextDocument document) =>
        string.Equals(Path.GetFileName(document.FilePath ?? document.Name), EnvExampleEditor.FileName, StringComparison.OrdinalIgnoreCase);

    private static string NewFilePath(Project project) =>
        project.FilePath is { } projectFile ? Path.Combine(Path.GetDirectoryName(projectFile)!, EnvExampleEditor.FileName) : EnvExampleEditor.FileName;
}
