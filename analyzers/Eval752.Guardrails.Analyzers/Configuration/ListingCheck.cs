using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Configuration;

/// <summary>
/// What EG0201 and EG0202 do alike: a read missing from a listing file is reported at the read; when the
/// project has no such file, the first read is remembered for one "no file" diagnostic at compilation end.
/// The rules differ only in the listing, the descriptors and the words.
/// </summary>
internal static class ListingCheck
{
    public static void Check(
        OperationAnalysisContext context,
        ConfigurationListings listings,
        HashSet<string>? listed,
        string? listingPath,
        in ConfigurationRead read,
        EarliestRead missingFile,
        DiagnosticDescriptor descriptor,
        Func<ConfigurationRead, string, string> message)
    {
        if (listed is null)
        {
            if (listings.FilesExpected)
            {
                missingFile.Offer(read);
            }

            return;
        }

        if (!listed.Contains(read.Variable))
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, read.Location, read.PropertiesFor(listingPath), message(read, System.IO.Path.GetFileName(listingPath!))));
        }
    }

    public static void ReportMissingFile(CompilationAnalysisContext context, EarliestRead missingFile, DiagnosticDescriptor descriptor, Func<ConfigurationRead, string> message)
    {
        if (missingFile.Value is { } read)
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, read.Location, read.PropertiesFor(null), message(read)));
        }
    }
}
