using System;
using System.Collections.Generic;
using System.IO;
using Eval752.Guardrails.Detection.Baseline;
using Eval752.Guardrails.Detection.FileSystem;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// Base of every guardrails task: the subclass does the work over MSBuild-free checks and returns
/// findings; this class logs each as a coded error or warning with file, line, column and help
/// link, and turns expected failures (I/O, bad settings) into coded errors instead of stack traces.
/// </summary>
public abstract class GuardrailsTask : Task
{
    public sealed override bool Execute()
    {
        try
        {
            // An "eval752-guard:allow <reason>" comment on a finding's line or the line above accepts it, in every file rule;
            // so does a justified baseline entry, as in eval752-guard scan.
            var lines = new FindingLines(path => RepositoryText.Read(path, out _));
            foreach (var finding in WithoutBaselined(InlineSuppression.Apply(Run(), lines), lines))
            {
                Report(finding);
            }
        }
        catch (GuardrailsTaskException failure)
        {
            Log.LogError(null, failure.RuleId, null, RuleCatalog.HelpLinkFor(failure.RuleId), failure.File, 0, 0, 0, 0, failure.Message);
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, DiagnosticIds.TaskFailure, null, null, null, 0, 0, 0, 0, $"{GetType().Name} could not read its input: {io.Message}");
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// The repository's <c>.guardrails-baseline.json</c> (the targets pass the nearest one above the project). Its
    /// justified entries accept findings by rule, path relative to its folder and content fingerprint
    /// (<see cref="FileFindingFingerprints"/>): the entries <c>eval752-guard scan --update-baseline</c> writes.
    /// Its own problems are the analyzers' to report (EG0090); stale entries are the scan's (a build sees only part of the repository).
    /// </summary>
    public string? BaselinePath { get; set; }

    private List<FileFinding> WithoutBaselined(List<FileFinding> findings, FindingLines lines)
    {
        if (findings.Count == 0 || string.IsNullOrEmpty(BaselinePath) || !File.Exists(BaselinePath))
        {
            return findings;
        }

        var baseline = BaselineFile.Parse(File.ReadAllText(BaselinePath));
        var folder = Path.GetDirectoryName(Path.GetFullPath(BaselinePath))!;
        string Relative(string path) => (GitRelease.MakeRelative(folder, path) ?? path).Replace(Path.DirectorySeparatorChar, '/');
        var kept = new List<FileFinding>();
        foreach (var (finding, fingerprint) in FileFindingFingerprints.Of(findings, Relative, lines))
        {
            if (!baseline.Accepts(finding.Rule.Id, fingerprint, Relative(finding.Path)))
            {
                kept.Add(finding);
            }
        }

        if (kept.Count < findings.Count)
        {
            Log.LogMessage(MessageImportance.Normal, $"{findings.Count - kept.Count} finding(s) accepted by {BaselinePath} ({GetType().Name})");
        }

        return kept;
    }

    /// <summary>The checks this task runs; throw <see cref="GuardrailsTaskException"/> for expected failures.</summary>
    private protected abstract IEnumerable<FileFinding> Run();

    /// <summary>Runs <paramref name="check"/> (path, text) over each item's file that exists and can be read as text (<see cref="ReadText"/>).</summary>
    private protected List<FileFinding> CheckEach(IEnumerable<ITaskItem> items, Func<string, string, IEnumerable<FileFinding>> check)
    {
        var findings = new List<FileFinding>();
        foreach (var item in items)
        {
            var path = item.GetMetadata("FullPath");
            if (File.Exists(path) && ReadText(path) is { } text)
            {
                findings.AddRange(check(path, text));
            }
        }

        return findings;
    }

    /// <summary>
    /// The file's text (<see cref="RepositoryText"/>), or null when it is too large, binary or unreadable. Why a file
    /// was skipped (or read with invalid UTF-8 replaced) is a message in the build log, not a warning: it is not a finding.
    /// </summary>
    private protected string? ReadText(string path)
    {
        var text = RepositoryText.Read(path, out var problem);
        if (problem is not null)
        {
            Log.LogMessage(MessageImportance.High, $"{path}: {problem} ({GetType().Name})");
        }

        return text;
    }

    private void Report(FileFinding finding)
    {
        var rule = finding.Rule;
        if (rule.DefaultSeverity == RuleSeverity.Error)
        {
            Log.LogError(null, rule.Id, null, rule.HelpLink, finding.Path, finding.Line, finding.Column, 0, 0, finding.Message);
        }
        else if (rule.DefaultSeverity == RuleSeverity.Warning)
        {
            Log.LogWarning(null, rule.Id, null, rule.HelpLink, finding.Path, finding.Line, finding.Column, 0, 0, finding.Message);
        }
        else
        {
            Log.LogMessage(null, rule.Id, rule.HelpLink, finding.Path, finding.Line, finding.Column, 0, 0, MessageImportance.High, finding.Message);
        }
    }
}
