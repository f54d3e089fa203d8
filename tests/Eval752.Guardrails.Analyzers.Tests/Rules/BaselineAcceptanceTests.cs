using Eval752.Guardrails.Analyzers.Rules;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Testing.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>The hardcoded-secret analyzers skip findings accepted in .guardrails-baseline.json (with a justification).</summary>
public sealed class BaselineAcceptanceTests
{
    private const string SourcePath = "/repo/src/Keys.cs";
    private const string BaselinePath = "/repo/.guardrails-baseline.json";

    private static string Baseline(string rule, string fingerprint, string justification) => $$"""
        { "version": 1, "entries": [ { "rule": "{{rule}}", "fingerprint": "{{fingerprint}}", "path": "src/Keys.cs", "justification": "{{justification}}" } ] }
        """;

    private static Test NewTest(string source, string baseline) => new()
    {
        TestState =
        {
            Sources = { (SourcePath, source) },
            AdditionalFiles = { (BaselinePath, baseline) },
        },
    };

    [Fact]
    public Task JustifiedEntry_AcceptsTheMatchingFinding()
    {
        var secret = SecretShapes.GroqKey();
        return NewTest($$"""class Keys { const string Groq = "{{secret}}"; }""", Baseline("EG0001", SecretFingerprint.Of(secret), "revoked 2026-01-05, regression fixture")).RunAsync();
    }

    [Fact]
    public Task JustifiedEntry_AcceptsAnEG0003Finding()
    {
        var value = SecretShapes.Random("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ", 14) + SecretShapes.Random("23456789", 4);
        return NewTest($$"""class Keys { const string Password = "{{value}}"; }""", Baseline("EG0003", SecretFingerprint.Of(value), "fake credential of a local fixture")).RunAsync();
    }

    [Fact]
    public Task EntryWithoutJustification_AcceptsNothing_AndIsEG0090()
    {
        var secret = SecretShapes.GroqKey();
        var test = NewTest($$"""class Keys { const string Groq = "{{secret}}"; }""", Baseline("EG0001", SecretFingerprint.Of(secret), string.Empty));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EG0090", DiagnosticSeverity.Error).WithLocation(BaselinePath, 1, 1).WithMessage(null));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EG0001", DiagnosticSeverity.Error).WithLocation(SourcePath, 1, 34).WithMessage(null));
        return test.RunAsync();
    }

    [Fact]
    public Task OtherFingerprintOrOtherRule_AcceptsNothing()
    {
        var secret = SecretShapes.GroqKey();
        var test = NewTest($$"""class Keys { const string Groq = "{{secret}}"; }""", Baseline("EG0002", SecretFingerprint.Of(secret), "wrong rule"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EG0001", DiagnosticSeverity.Error).WithLocation(SourcePath, 1, 34).WithMessage(null));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EG0091", DiagnosticSeverity.Info).WithLocation(BaselinePath, 1, 1).WithMessage(null));
        return test.RunAsync();
    }

    [Fact]
    public Task EntryInThisProjectThatMatchesNothing_IsStale_EG0091()
    {
        var gone = SecretShapes.GroqKey();
        var test = NewTest("class Keys { }", Baseline("EG0001", SecretFingerprint.Of(gone), "revoked 2026-01-05"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EG0091", DiagnosticSeverity.Info)
            .WithLocation(BaselinePath, 1, 1)
            .WithArguments("EG0001", "src/Keys.cs", SecretFingerprint.Of(gone)));
        return test.RunAsync();
    }

    [Fact]
    public Task StaleEG0004Entry_IsReportedByTheKeyMaterialRule()
    {
        var test = NewTest("class Keys { }", Baseline("EG0004", "0123456789abcdef", "legacy fixture key"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EG0091", DiagnosticSeverity.Info).WithLocation(BaselinePath, 1, 1).WithArguments("EG0004", "src/Keys.cs", "0123456789abcdef"));
        return test.RunAsync();
    }

    [Fact]
    public Task EntryForAFileOutsideThisProject_IsLeftToTheCli()
    {
        var baseline = Baseline("EG0001", "0123456789abcdef", "other project").Replace("src/Keys.cs", "src/Other/Keys.cs", StringComparison.Ordinal);
        return NewTest("class Keys { }", baseline).RunAsync();
    }

    private sealed class Test : CSharpAnalyzerTest<SecretLiteralAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = Verifiers.OfflineReferences.None;
            SolutionTransforms.Add(Verifiers.OfflineReferences.Apply);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            [new SecretLiteralAnalyzer(), new HardcodedKeyMaterialAnalyzer(), new BaselineFileAnalyzer()];
    }
}
