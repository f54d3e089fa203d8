using Eval752.Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

public sealed class BaselineFileAnalyzerTests
{
    [Fact]
    public Task MalformedBaseline_IsEG0090AtTheLine()
    {
        var test = new CSharpAnalyzerTest<BaselineFileAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = Verifiers.OfflineReferences.None,
            TestState =
            {
                Sources = { "class C { }" },
                AdditionalFiles = { ("/repo/.guardrails-baseline.json", "{\n  \"entries\": [\n    { \"rule\": oops }\n  ]\n}\n") },
            },
        };
        test.SolutionTransforms.Add(Verifiers.OfflineReferences.Apply);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EG0090", DiagnosticSeverity.Error).WithSpan("/repo/.guardrails-baseline.json", 3, 1, 3, 21).WithMessage(null));
        return test.RunAsync();
    }

    [Fact]
    public Task NoBaseline_NoDiagnostic()
    {
        var test = new CSharpAnalyzerTest<BaselineFileAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = Verifiers.OfflineReferences.None,
            TestCode = "class C { }",
        };
        test.SolutionTransforms.Add(Verifiers.OfflineReferences.Apply);
        return test.RunAsync();
    }
}
