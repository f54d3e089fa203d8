using System;
using System.Collections.Generic;
using System.IO;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Detection.Configuration;

/// <summary>
/// EG0205: a variable listed in <c>.env.example</c> or the Configuration docs that no project of the repository
/// reads (the union of every project's <see cref="ConfigurationReadRecord"/>). Reported at each listing: the
/// <c>.env.example</c> line and the docs row. Framework and OS keys, and the variables a team declares as read
/// outside .NET code (<c>Eval752ExternalVariables</c>: compose files, scripts, a frontend), are never stale.
/// </summary>
internal static class StaleVariables
{
    public static IEnumerable<FileFinding> Check(
        string? envExamplePath,
        string? envExampleText,
        string? docsPath,
        string? docsText,
        IEnumerable<string> reads,
        int projectCount,
        IReadOnlyList<string> notStalePatterns)
    {
        var exact = new HashSet<string>(ConfigurationVariable.Comparer);
        var suffixes = new List<string>();
        foreach (var read in reads)
        {
            if (read.StartsWith(ConfigurationReadRecord.SuffixMarker, StringComparison.Ordinal))
            {
                suffixes.Add(read.Substring(ConfigurationReadRecord.SuffixMarker.Length));
            }
            else
            {
                exact.Add(read);
            }
        }

        var projects = projectCount == 1 ? "the repository's one project does not read it" : $"none of the repository's {projectCount} projects reads it";
        if (envExamplePath is not null && envExampleText is not null)
        {
            foreach (var entry in DotEnvParser.Parse(envExampleText).Entries)
            {
                var name = ConfigurationVariable.Canonical(entry.Name);
                if (IsStale(name, exact, suffixes, notStalePatterns))
                {
                    yield return new FileFinding(
                        RuleCatalog.StaleVariable,
                        envExamplePath,
                        entry.Line,
                        entry.NameColumn,
                        $"{entry.Name} is in .env.example but {projects}; remove the line (and its docs row), or add it to Eval752ExternalVariables if something outside .NET code reads it");
                }
            }
        }

        if (docsPath is not null && docsText is not null)
        {
            var docsName = Path.GetFileName(docsPath);
            foreach (var (name, line) in ConfigurationDocs.DocumentedNames(docsText))
            {
                if (IsStale(name, exact, suffixes, notStalePatterns))
                {
                    yield return new FileFinding(
                        RuleCatalog.StaleVariable,
                        docsPath,
                        line,
                        1,
                        $"{name} is documented in {docsName} but {projects}; remove the row (and its .env.example line), or add it to Eval752ExternalVariables if something outside .NET code reads it");
                }
            }
        }
    }

    private static bool IsStale(string canonical, ISet<string> exact, IReadOnlyList<string> suffixes, IReadOnlyList<string> notStalePatterns) =>
        canonical.Length > 0 && !ConfigurationReadRecord.Covers(canonical, exact, suffixes) && !ConfigurationVariable.IsFrameworkKey(canonical, notStalePatterns);
}
