using Microsoft.CodeAnalysis.Testing;
using EnvVerifier = Eval752.Guardrails.CodeFixes.Tests.CSharpCodeFixVerifier<
    Eval752.Guardrails.Analyzers.Rules.ConfigurationReadAnalyzer,
    Eval752.Guardrails.CodeFixes.Listings.AddToEnvExampleCodeFix>;
using DocsVerifier = Eval752.Guardrails.CodeFixes.Tests.CSharpCodeFixVerifier<
    Eval752.Guardrails.Analyzers.Rules.ConfigurationReadAnalyzer,
    Eval752.Guardrails.CodeFixes.Listings.AddToConfigurationDocsCodeFix>;

namespace Eval752.Guardrails.CodeFixes.Tests;

/// <summary>EG0201/EG0202 fixes: the source stays as it is; the listing files gain the variable, each written once by fix-all.</summary>
public sealed class AddToListingCodeFixTests
{
    private const string EnvExample = "/0/.env.example";
    private const string Docs = "/0/docs/configuration.md";

    private const string TwoFiles = """
        class Mail
        {
            public string? Port() => System.Environment.GetEnvironmentVariable({|#0:"Smtp__Port"|});
        }
        """;

    private const string SecondFile = """
        class Queue
        {
            public string? Name() => System.Environment.GetEnvironmentVariable({|#1:"Queue__Name"|});
        }
        """;

    [Fact]
    public async Task EnvExampleFix_AddsTheVariableToItsSection()
    {
        const string docs = "| Variable |\n|---|\n| Smtp__Port |\n";
        var test = new EnvVerifier.Test { TestCode = TwoFiles.Replace("{|#0:", "{|EG0201:", StringComparison.Ordinal), FixedCode = TwoFiles.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("\"|}", "\"", StringComparison.Ordinal) };
        test.MarkupOptions = MarkupOptions.UseFirstDescriptor;
        test.TestState.AdditionalFiles.Add((EnvExample, "Smtp__Host=\n"));
        test.TestState.AdditionalFiles.Add((Docs, docs));
        test.FixedState.AdditionalFiles.Add((EnvExample, "Smtp__Host=\n# Smtp__Port: what it configures and its default.\nSmtp__Port=\n"));
        test.FixedState.AdditionalFiles.Add((Docs, docs));
        await test.RunAsync();
    }

    [Fact]
    public async Task DocsFix_AddsARowStub_AndFixAllWritesTheFileOnce()
    {
        var test = new DocsVerifier.Test { MarkupOptions = MarkupOptions.UseFirstDescriptor };
        test.TestState.Sources.Add(TwoFiles.Replace("{|#0:", "{|EG0202:", StringComparison.Ordinal));
        test.TestState.Sources.Add(SecondFile.Replace("{|#1:", "{|EG0202:", StringComparison.Ordinal));
        test.TestState.AdditionalFiles.Add((EnvExample, "Smtp__Port=\nQueue__Name=\n"));
        test.TestState.AdditionalFiles.Add((Docs, "| Variable | Description |\n|---|---|\n"));
        test.FixedState.Sources.Add(TwoFiles.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("\"|}", "\"", StringComparison.Ordinal));
        test.FixedState.Sources.Add(SecondFile.Replace("{|#1:", string.Empty, StringComparison.Ordinal).Replace("\"|}", "\"", StringComparison.Ordinal));
        test.FixedState.AdditionalFiles.Add((EnvExample, "Smtp__Port=\nQueue__Name=\n"));
        test.FixedState.AdditionalFiles.Add((Docs, $"| Variable | Description |\n|---|---|\n| `Queue__Name` | {Listings.ConfigurationDocsEditor.DescriptionStub} |\n| `Smtp__Port` | {Listings.ConfigurationDocsEditor.DescriptionStub} |\n"));
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
        test.NumberOfIncrementalIterations = 2;
        await test.RunAsync();
    }
}
