using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Eval752.Guardrails.Analyzers.Tests.Verifiers;

/// <summary>
/// .NET 10 reference assemblies from Basic.Reference.Assemblies: fully offline and deterministic,
/// where the testing library's own ReferenceAssemblies would download packages.
/// </summary>
internal static class OfflineReferences
{
    /// <summary>An empty set the testing library resolves without NuGet; the real references come from <see cref="Apply"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static Solution Apply(Solution solution, ProjectId projectId) =>
        solution.WithProjectMetadataReferences(projectId, Net100.References.All);
}
