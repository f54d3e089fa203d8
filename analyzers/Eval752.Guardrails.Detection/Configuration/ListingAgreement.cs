using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Eval752.Guardrails.Detection.DotEnv;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Detection.Configuration;

/// <summary>
/// EG0204: <c>.env.example</c> and the Configuration docs list the same variables (DESIGN section 5
/// spellings: <c>A:B</c> ≡ <c>A__B</c>, any case). A variable in one and not the other is reported where
/// it is listed: the <c>.env.example</c> line, or the docs row. Framework and OS keys may be in either
/// alone. Shared by the MSBuild task and the CLI.
/// </summary>
internal static class ListingAgreement
{
    public static IEnumerable<FileFinding> Check(string envExamplePath, string envExampleText, string docsPath, string docsText, IReadOnlyList<string> frameworkPatterns)
    {
        var entries = DotEnvParser.Parse(envExampleText).Entries;
        var documented = ConfigurationDocs.DocumentedNames(docsText);
        var inEnvExample = new HashSet<string>(entries.Select(e => ConfigurationVariable.Canonical(e.Name)), ConfigurationVariable.Comparer);
        var inDocs = new HashSet<string>(documented.Select(d => d.Name), ConfigurationVariable.Comparer);
        var docsName = Path.GetFileName(docsPath);

        var reported = new HashSet<string>(ConfigurationVariable.Comparer);
        foreach (var entry in entries)
        {
            var name = ConfigurationVariable.Canonical(entry.Name);
            if (!inDocs.Contains(name) && !ConfigurationVariable.IsFrameworkKey(name, frameworkPatterns) && reported.Add(name))
            {
                yield return new FileFinding(
                    RuleCatalog.ListingsDisagree,
                    envExamplePath,
                    entry.Line,
                    entry.NameColumn,
                    $"{entry.Name} is in .env.example but not documented in {docsName}; add a table row whose first cell is `{name}` saying what it configures, or remove the line if nothing reads it");
            }
        }

        foreach (var (name, line) in documented)
        {
            if (!inEnvExample.Contains(name) && !ConfigurationVariable.IsFrameworkKey(name, frameworkPatterns) && reported.Add(name))
            {
                yield return new FileFinding(
                    RuleCatalog.ListingsDisagree,
                    docsPath,
                    line,
                    1,
                    $"{name} is documented in {docsName} but not in .env.example; add '{name}=' with a placeholder value, or remove the row if nothing reads it");
            }
        }
    }
}
