using System.IO;
using Eval752.Guardrails.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>
/// EG0201: a configuration variable the code reads is not in <c>.env.example</c>, reported at the key.
/// A project without a <c>.env.example</c> gets one diagnostic, at its first read, saying so.
/// Runs inside <see cref="ConfigurationReadAnalyzer"/>.
/// </summary>
internal static class MissingFromEnvExampleRule
{
    public static void Check(OperationAnalysisContext context, ConfigurationListings listings, in ConfigurationRead read, EarliestRead missingFile)
    {
        if (listings.EnvExample is null)
        {
            if (listings.FilesExpected)
            {
                missingFile.Offer(read);
            }

            return;
        }

        if (!listings.EnvExample.Contains(read.Variable))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.Descriptors.MissingFromEnvExample,
                read.Location,
                read.PropertiesFor(listings.EnvExamplePath),
                $"Configuration variable {read.Described} is not in {Path.GetFileName(listings.EnvExamplePath)}; add '{read.Variable}=' with a placeholder value and a comment above it saying what it configures (playbook section 3)"));
        }
    }

    public static void ReportMissingFile(CompilationAnalysisContext context, EarliestRead missingFile)
    {
        if (missingFile.Value is { } read)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.Descriptors.EnvExampleNotFound,
                read.Location,
                read.PropertiesFor(null),
                $"This project reads configuration variables ({read.Variable} here) but has no .env.example; create one at the repository root (or point the Eval752EnvExample property at it) listing every variable with a placeholder"));
        }
    }
}
