using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Rules;

/// <summary>A test project: <c>IsTestProject</c> (made compiler-visible by the package) or a reference to a test framework.</summary>
internal static class TestProjects
{
    private static readonly string[] TestFrameworks = { "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "TUnit.Core" };

    public static bool IsTestProject(Compilation compilation, AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.IsTestProject", out var value)
            && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var reference in compilation.ReferencedAssemblyNames)
        {
            if (Array.IndexOf(TestFrameworks, reference.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
