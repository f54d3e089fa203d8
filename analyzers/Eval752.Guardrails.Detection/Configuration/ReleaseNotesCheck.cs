using System.Collections.Generic;
using System.IO;
using System.Linq;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Detection.Configuration;

/// <summary>
/// EG0203 (DESIGN section 5): a variable is new when .env.example at the latest release tag did not have
/// it; every new variable must be named under <c>## [Unreleased]</c> in the release notes. Without a tag
/// (no git, no history, a shallow clone), a variable counts as announced when the release notes name it
/// anywhere. Findings point at the <c>## [Unreleased]</c> heading, or line 1 when the section is missing.
/// </summary>
internal static class ReleaseNotesCheck
{
    /// <summary>
    /// The findings for <paramref name="envExampleText"/> against the release notes; <paramref name="previousEnvExample"/>
    /// is .env.example at <paramref name="tag"/> (null when there is no tag, empty when the file did not exist then),
    /// and <paramref name="notesText"/> is null when <paramref name="notesPath"/> does not exist.
    /// Keys matching <paramref name="frameworkPatterns"/> need no announcement.
    /// </summary>
    public static IEnumerable<FileFinding> Check(string envExampleText, string? previousEnvExample, string? tag, string notesPath, string? notesText, IReadOnlyList<string> frameworkPatterns)
    {
        var current = Variables(envExampleText).Where(v => !ConfigurationVariable.IsFrameworkKey(v, frameworkPatterns)).ToList();
        var previous = previousEnvExample is null ? null : new HashSet<string>(Variables(previousEnvExample), ConfigurationVariable.Comparer);
        var candidates = previous is null ? current : current.Where(v => !previous.Contains(v)).ToList();
        if (candidates.Count == 0)
        {
            yield break;
        }

        var notesName = Path.GetFileName(notesPath);
        if (notesText is null)
        {
            yield return new FileFinding(
                RuleCatalog.NewVariableNotInReleaseNotes,
                notesPath,
                0,
                0,
                $"{notesName} was not found, so {candidates.Count} new variable(s) ({string.Join(", ", candidates.Take(5))}) are announced nowhere; create it in Keep a Changelog format with a '## [Unreleased]' section naming them, or point the Eval752ReleaseNotes property at the release notes");
            yield break;
        }

        var notes = ReleaseNotes.Parse(notesText);
        var line = notes.UnreleasedLine == 0 ? 1 : notes.UnreleasedLine;
        foreach (var variable in candidates)
        {
            var announced = previous is null ? notes.NamesAnywhere(variable) : notes.NamesInUnreleased(variable);
            if (announced)
            {
                continue;
            }

            var why = previous is null
                ? $"no release tag to compare with, and {notesName} does not name it anywhere"
                : $"it is new since {tag} (absent from .env.example there)";
            var where = notes.UnreleasedLine == 0
                ? $"{notesName} has no '## [Unreleased]' section: add one naming it"
                : $"name it under '## [Unreleased]' in {notesName}";
            yield return new FileFinding(
                RuleCatalog.NewVariableNotInReleaseNotes,
                notesPath,
                line,
                1,
                $"Configuration variable {variable} is not announced in the release notes: {why}; {where}, e.g. '- New variable `{variable}`: what it configures' (playbook section 3)");
        }
    }

    private static IEnumerable<string> Variables(string envExample) =>
        DotEnvParser.Parse(envExample).Entries.Select(e => ConfigurationVariable.Canonical(e.Name)).Distinct(ConfigurationVariable.Comparer);
}
