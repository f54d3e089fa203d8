using Eval752.Guardrails.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0201: a configuration variable the code reads is not in <c>.env.example</c>, reported at the key.
/// A project without a <c>.env.example</c> gets one diagnostic, at its first read, saying so.
/// Runs inside <see cref="ConfigurationReadAnalyzer"/>.
/// </summary>
internal static class MissingFromEnvExampleRule
{
    public static void Check(OperationAnalysisContext context, ConfigurationListings listings, in ConfigurationRead read, EarliestRead missingFile) =>
        ListingCheck.Check(
            context,
            listings,
            listings.EnvExample,
            listings.EnvExamplePath,
            read,
            missingFile,
            Descriptors.Descriptors.MissingFromEnvExample,
            static (read, file) => $"Configuration variable {read.Described} is not in {file}; add '{read.Variable}=' with a placeholder value and a comment above it saying what it configures (playbook section 3)");

    public static void ReportMissingFile(CompilationAnalysisContext context, EarliestRead missingFile) =>
        ListingCheck.ReportMissingFile(
            context,
            missingFile,
            Descriptors.Descriptors.EnvExampleNotFound,
            static read => $"This project reads configuration variables ({read.Variable} here) but has no .env.example; create one at the repository root (or point the Eval752EnvExample property at it) listing every variable with a placeholder");
}
