using Eval752.Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Configuration;

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

        test.SolutionTransforms.Add((solution, projectId) => solution.AddMetadataReferences(
            projectId,
            new[]
            {
                typeof(IConfiguration).Assembly,
                typeof(ConfigurationBinder).Assembly,
                typeof(ConfigurationManager).Assembly,
                typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly,
                typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
                typeof(Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions).Assembly,
                typeof(Microsoft.Extensions.Options.OptionsBuilder<>).Assembly,
                typeof(EnvironmentVariablesExtensions).Assembly,
            }.Distinct().Select(assembly => MetadataReference.CreateFromFile(assembly.Location))));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
