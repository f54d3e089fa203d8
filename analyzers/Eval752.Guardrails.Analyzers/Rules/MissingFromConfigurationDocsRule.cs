using Eval752.Guardrails.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0202: a configuration variable the code reads is not documented (the first cell of a table row in
/// the Configuration docs), reported at the key. A project without Configuration docs gets one
/// diagnostic, at its first read, saying so. Runs inside <see cref="ConfigurationReadAnalyzer"/>.
/// </summary>
internal static class MissingFromConfigurationDocsRule
{
    public static void Check(OperationAnalysisContext context, ConfigurationListings listings, in ConfigurationRead read, EarliestRead missingFile) =>
        ListingCheck.Check(
            context,
            listings,
            listings.Docs,
            listings.DocsPath,
            read,
            missingFile,
            Descriptors.Descriptors.MissingFromConfigurationDocs,
            static (read, file) => $"Configuration variable {read.Described} is not documented in {file}; add a table row whose first cell is `{read.Variable}`, saying what it configures, its default and whether it is secret (playbook section 3)");

    public static void ReportMissingFile(CompilationAnalysisContext context, EarliestRead missingFile) =>
        ListingCheck.ReportMissingFile(
            context,
            missingFile,
            Descriptors.Descriptors.ConfigurationDocsNotFound,
            static read => $"This project reads configuration variables ({read.Variable} here) but has no Configuration docs; create docs/configuration.md at the repository root (or point the Eval752ConfigurationDocs property at the file) with a table whose first column lists every variable");
}
