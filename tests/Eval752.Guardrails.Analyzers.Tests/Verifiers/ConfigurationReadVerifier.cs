using Eval752.Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;

namespace Eval752.Guardrails.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs <see cref="ConfigurationReadAnalyzer"/> over a source with the real Microsoft.Extensions.Configuration
/// assemblies and the AdditionalFiles the package's targets add (.env.example, docs/configuration.md).
/// A null file is absent from the project.
/// </summary>
internal static class ConfigurationReadVerifier
{
    public const string EnvExamplePath = "/repo/.env.example";
    public const string DocsPath = "/repo/docs/configuration.md";

    public static Task VerifyAsync(string source, string? envExample, string? docs, params DiagnosticResult[] expected) =>
        VerifyAsync(source, envExample, docs, globalConfig: null, expected);

    public static async Task VerifyAsync(string source, string? envExample, string? docs, string? globalConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<ConfigurationReadAnalyzer>.Test();
        test.TestState.Sources.Add(source);
        if (envExample is not null)
        {
            test.TestState.AdditionalFiles.Add((EnvExamplePath, envExample));
        }

        if (docs is not null)
        {
            test.TestState.AdditionalFiles.Add((DocsPath, docs));
        }

        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        test.SolutionTransforms.Add(ExtensionsReferences.Add);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
