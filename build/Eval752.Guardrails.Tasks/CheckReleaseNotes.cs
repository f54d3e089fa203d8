using System.Collections.Generic;
using System.IO;
using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.Findings;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// EG0203: every variable new since the latest release tag is named under <c>## [Unreleased]</c> in the
/// release notes (<see cref="ReleaseNotesCheck"/>). When git cannot say what the last release had, the
/// documented fallback applies and a message says why.
/// </summary>
public sealed class CheckReleaseNotes : GuardrailsTask
{
    public string EnvExamplePath { get; set; } = string.Empty;

    public string ReleaseNotesPath { get; set; } = string.Empty;

    public string RepositoryRoot { get; set; } = string.Empty;

    /// <summary>The <c>Eval752ReleaseTag</c> property: the release to compare with instead of the latest tag.</summary>
    public string? ReleaseTag { get; set; }

    /// <summary>The <c>Eval752ReleaseTagPattern</c> property (<c>git describe --match</c>), default <c>v*</c>.</summary>
    public string? ReleaseTagPattern { get; set; }

    public string? FrameworkKeys { get; set; }

    private protected override IEnumerable<FileFinding> Run()
    {
        if (!File.Exists(EnvExamplePath))
        {
            return [];
        }

        var (tag, previous, fallback) = GitRelease.Read(RepositoryRoot, EnvExamplePath, ReleaseTag, string.IsNullOrWhiteSpace(ReleaseTagPattern) ? "v*" : ReleaseTagPattern!);
        if (fallback is not null)
        {
            Log.LogMessage(MessageImportance.High, $"EG0203: {fallback}; a variable counts as announced when {Path.GetFileName(ReleaseNotesPath)} names it anywhere.");
        }

        return ReleaseNotesCheck.Check(
            File.ReadAllText(EnvExamplePath),
            previous,
            tag,
            Path.GetFullPath(ReleaseNotesPath),
            File.Exists(ReleaseNotesPath) ? File.ReadAllText(ReleaseNotesPath) : null,
            ConfigurationVariable.FrameworkPatterns(FrameworkKeys));
    }
}
