using System;
using System.Collections.Generic;
using System.IO;
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
            foreach (var finding in Run())
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

    /// <summary>The checks this task runs; throw <see cref="GuardrailsTaskException"/> for expected failures.</summary>
    private protected abstract IEnumerable<FileFinding> Run();

    /// <summary>Larger files are skipped: nothing a person edits by hand is that big, and a build must not read a 1 GB file.</summary>
    private protected const long MaximumFileBytes = 16 * 1024 * 1024;

    /// <summary>Runs <paramref name="check"/> (path, text) over each item's file that exists and is not too large.</summary>
    private protected static List<FileFinding> CheckEach(IEnumerable<ITaskItem> items, Func<string, string, IEnumerable<FileFinding>> check)
    {
        var findings = new List<FileFinding>();
        foreach (var item in items)
        {
            var path = item.GetMetadata("FullPath");
            if (File.Exists(path) && new FileInfo(path).Length <= MaximumFileBytes)
            {
                findings.AddRange(check(path, File.ReadAllText(path)));
            }
        }

        return findings;
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
