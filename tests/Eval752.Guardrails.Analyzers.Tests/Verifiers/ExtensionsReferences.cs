using Microsoft.CodeAnalysis;
using Microsoft.Extensions.Configuration;

namespace Eval752.Guardrails.Analyzers.Tests.Verifiers;

/// <summary>
/// The real Microsoft.Extensions assemblies test sources compile against (configuration, options, dependency
/// injection, logging): the analyzers recognise these APIs by their bound symbols, so stubs would prove less.
/// </summary>
internal static class ExtensionsReferences
{
    public static IEnumerable<MetadataReference> All { get; } = new[]
    {
        typeof(IConfiguration).Assembly,
        typeof(ConfigurationBinder).Assembly,
        typeof(ConfigurationManager).Assembly,
        typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly,
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
        typeof(Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions).Assembly,
        typeof(Microsoft.Extensions.Options.OptionsBuilder<>).Assembly,
        typeof(EnvironmentVariablesExtensions).Assembly,
        typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
        typeof(Microsoft.Extensions.Logging.LoggerMessage).Assembly,
    }.Distinct().Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location)).ToArray();

    public static Solution Add(Solution solution, ProjectId projectId) => solution.AddMetadataReferences(projectId, All);
}
