using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Eval752.Guardrails.Detection.Baseline;
using Eval752.Guardrails.Detection.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Baseline;

/// <summary>
/// One compilation's view of the baseline: answers whether a finding is accepted and remembers which
/// entries accepted something, so that at the end of the compilation an entry for one of this
/// analyzer's rules, in one of this compilation's files, that accepted nothing is reported as stale
/// (EG0091). Entries for other projects' or non-C# files are left to the CLI, which sees them all.
/// </summary>
internal sealed class BaselineUsage
{
    private readonly AdditionalText file;
    private readonly BaselineFile baseline;
    private readonly ConcurrentDictionary<string, byte> used = new(StringComparer.Ordinal);

    private BaselineUsage(AdditionalText file, BaselineFile baseline)
    {
        this.file = file;
        this.baseline = baseline;
    }

    public static BaselineUsage? Start(AnalyzerOptions options, CancellationToken cancellationToken) =>
        BaselineSource.Find(options) is { } file && BaselineSource.Read(file, cancellationToken) is { Entries.Count: > 0 } baseline
            ? new BaselineUsage(file, baseline)
            : null;

    public bool Accepts(string ruleId, string fingerprint, Location location)
    {
        if (BaselineSource.RelativePath(file, location) is not { } path || !baseline.Accepts(ruleId, fingerprint, path))
        {
            return false;
        }

        used.TryAdd(BaselineEntry.Keys(ruleId, fingerprint, path), 0);
        return true;
    }

    public void ReportStale(CompilationAnalysisContext context, params string[] ruleIds)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            if (BaselineSource.RelativePath(file, Location.Create(tree, default)) is { } path)
            {
                paths.Add(path);
            }
        }

        var text = file.GetText(context.CancellationToken);
        foreach (var entry in baseline.Entries)
        {
            if (Array.IndexOf(ruleIds, entry.Rule) < 0
                || entry.Justification.Trim().Length == 0
                || !paths.Contains(entry.Path)
                || used.ContainsKey(entry.Key))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.Descriptors.StaleBaselineEntry,
                BaselineSource.LineLocation(file, text, entry.Line),
                entry.Rule,
                entry.Path,
                entry.Fingerprint));
        }
    }

    /// <summary>The rules whose stale entries this analyzer judges, named for the message of EG0091.</summary>
    public static readonly string[] LiteralRules = { DiagnosticIds.HardcodedProviderSecret, DiagnosticIds.HardcodedCredential, DiagnosticIds.HardcodedSecretByName };
}
