using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Eval752.Guardrails.CodeFixes.Tests;

/// <summary>Roslyn's code-fix verifier with offline .NET 10 references; use behind a <c>VerifyCS</c> alias.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        new Test { TestCode = source, FixedCode = fixedSource }.RunAsync();

    public static Task VerifyNoCodeFixAsync(string source) =>
        new Test { TestCode = source, FixedCode = source }.RunAsync();

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            SolutionTransforms.Add((solution, projectId) => solution.WithProjectMetadataReferences(projectId, Net100.References.All));
        }
    }
}
