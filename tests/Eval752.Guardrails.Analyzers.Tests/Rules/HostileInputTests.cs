using System.Text;
using Eval752.Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>
/// Inputs that break naive analyzers: every rule must finish without an analyzer exception (AD0001).
/// Correctness only; time is measured in benchmarks.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers =
    [
        new SecretLiteralAnalyzer(),
        new HardcodedKeyMaterialAnalyzer(),
    ];

    public static TheoryData<string> Sources()
    {
        var concatenation = new StringBuilder("class C { const string Password = \"a\"");
        for (var i = 0; i < 10_000; i++)
        {
            concatenation.Append(" + \"x").Append(i % 10).Append('"');
        }

        concatenation.Append("; }");
        return new TheoryData<string>
        {
            $"class C {{ const string Token = \"{new string('k', 10 * 1024 * 1024)}\"; }}",
            concatenation.ToString(),
            "class C { const string Secret = \"\\uD800\\0\\uDFFF\\uFFFE-sk-proj-\\0T3BlbkFJ\"; static readonly byte[] EncryptionKey = { }; }",
            "class C { string Password => $\"{\"\"}{(object)null}\" + \"\"; }",
        };
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task HostileSource_NeverThrows(string source)
    {
        var compilation = CSharpCompilation.Create(
            "hostile",
            [CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);

        var diagnostics = await compilation.WithAnalyzers([.. Analyzers], options).GetAllDiagnosticsAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
