using Eval752.Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;

namespace Eval752.Guardrails.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs <see cref="SecretFlowAnalyzer"/> (EG0101/EG0102) over sources compiled against the real
/// Microsoft.Extensions logging and configuration assemblies. Serilog, NLog, log4net and
/// Microsoft.Extensions.Compliance are recognised by name, so tests declare small look-alikes of them.
/// </summary>
internal static class FlowVerifier
{
    /// <summary>EG0101/EG0102 at markup location <paramref name="sink"/>, with the wrapped expression at <paramref name="leaf"/>.</summary>
    public static DiagnosticResult Leak(string id, int sink, int leaf, string origin, string sinkName) =>
        new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(sink).WithLocation(leaf).WithArguments(origin, sinkName);

    public static async Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<SecretFlowAnalyzer>.Test();
        test.TestState.Sources.Add(source);
        test.SolutionTransforms.Add(ExtensionsReferences.Add);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
