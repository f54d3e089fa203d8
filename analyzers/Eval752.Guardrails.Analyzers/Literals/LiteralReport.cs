using System.Collections.Immutable;
using Eval752.Guardrails.Analyzers.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Literals;

/// <summary>
/// What a literal rule needs to report: the operation's context, the baseline and EG0003's effective
/// severity. A struct passed by reference: one exists per string constant analyzed.
/// </summary>
internal readonly struct LiteralReport
{
    public LiteralReport(OperationAnalysisContext context, BaselineUsage? baseline, DiagnosticSeverity namedSecretSeverity)
    {
        Context = context;
        Baseline = baseline;
        NamedSecretSeverity = namedSecretSeverity;
    }

    public OperationAnalysisContext Context { get; }

    public BaselineUsage? Baseline { get; }

    /// <summary>EG0003's severity: a suggestion in test projects, a warning elsewhere.</summary>
    public DiagnosticSeverity NamedSecretSeverity { get; }

    /// <summary>Reports unless the baseline accepts the finding.</summary>
    public void Report(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, ImmutableDictionary<string, string?> properties, params object[] messageArguments)
    {
        if (Baseline?.Accepts(descriptor.Id, properties[FindingProperties.Fingerprint]!, location) == true)
        {
            return;
        }

        Context.ReportDiagnostic(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, messageArguments));
    }
}
