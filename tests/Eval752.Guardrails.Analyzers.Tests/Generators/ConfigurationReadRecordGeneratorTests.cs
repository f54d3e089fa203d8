using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Eval752.Guardrails.Analyzers.Generators;
using Eval752.Guardrails.Detection.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eval752.Guardrails.Analyzers.Tests.Generators;

/// <summary>
/// The generator's record is what EG0205 compares listings with: every read style EG0201 knows, no writes, no
/// look-alikes, and nothing at all unless the build asks for it.
/// </summary>
public sealed class ConfigurationReadRecordGeneratorTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        """;

    private static readonly ImmutableArray<MetadataReference> References = [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
        .Concat(new[]
        {
            typeof(IConfiguration).Assembly,
            typeof(ConfigurationBinder).Assembly,
            typeof(ConfigurationManager).Assembly,
            typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly,
            typeof(IServiceCollection).Assembly,
            typeof(OptionsConfigurationServiceCollectionExtensions).Assembly,
            typeof(Microsoft.Extensions.Options.OptionsBuilder<>).Assembly,
            typeof(EnvironmentVariablesExtensions).Assembly,
        }.Select(assembly => assembly.Location))
        .Distinct()
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];

    private static (string? Source, Compilation Output) Run(string code, bool enabled = true)
    {
        var compilation = CSharpCompilation.Create(
            "Service",
            [CSharpSyntaxTree.ParseText(Usings + code)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var driver = CSharpGeneratorDriver.Create(
            [new ConfigurationReadRecordGenerator().AsSourceGenerator()],
            optionsProvider: new BuildProperties(enabled ? new Dictionary<string, string> { [ConfigurationReadRecordGenerator.EnabledProperty] = "true" } : []));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var generated = output.SyntaxTrees.Skip(1).SingleOrDefault();
        return (generated?.ToString(), output);
    }

    /// <summary>The names the generated attribute carries, read back from the compiled assembly's attribute data.</summary>
    private static string[] Reads(string code)
    {
        var (_, output) = Run(code);
        var attribute = output.Assembly.GetAttributes().Single(a => a.AttributeClass?.Name == "AssemblyMetadataAttribute");
        Assert.Equal("Eval752.Guardrails.ConfigurationReads", attribute.ConstructorArguments[0].Value);
        return ((string)attribute.ConstructorArguments[1].Value!).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void EveryReadStyle_IsRecordedInItsCanonicalSpelling()
    {
        var reads = Reads("""
            public sealed class SmtpOptions { public string Host { get; set; } = ""; public int Port { get; set; } }
            public static class Keys { public const string Queue = "Queue"; }
            public static class Startup
            {
                public static void Configure(IConfiguration configuration, IServiceCollection services)
                {
                    _ = Environment.GetEnvironmentVariable("ENCRYPTION_KEY");
                    _ = configuration["Providers:OpenAI:ApiKey"];
                    _ = configuration.GetValue<int>("Worker__Concurrency");
                    _ = configuration.GetConnectionString("Vault");
                    var section = configuration.GetSection(Keys.Queue);
                    _ = section["Url"];
                    _ = configuration.GetSection("Feature").Value;
                    services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
                }
            }
            """);

        foreach (var variable in (string[])["ConnectionStrings__Vault", "ENCRYPTION_KEY", "Feature", "Providers__OpenAI__ApiKey", "Queue__Url", "Smtp__Host", "Smtp__Port", "Worker__Concurrency"])
        {
            Assert.True(Covers(reads, variable), $"{variable} should be read; the record holds {string.Join(", ", reads)}");
        }

        foreach (var variable in (string[])["Queue__Other", "Smtp__Password", "ENCRYPTION_KEYS_PREVIOUS", "Vault"])
        {
            Assert.False(Covers(reads, variable), $"{variable} is not read; the record holds {string.Join(", ", reads)}");
        }
    }

    [Fact]
    public void LiteralKeys_AreTakenFromSyntax_AsWrittenAndAsSuffix_WhileConstantsAndBindingsAreBound()
    {
        var reads = Reads("""
            public sealed class SmtpOptions { public string Host { get; set; } = ""; }
            public static class Keys { public const string Queue = "Queue"; }
            public static class Startup
            {
                public static void Configure(IConfiguration configuration, IServiceCollection services)
                {
                    _ = Environment.GetEnvironmentVariable("ENCRYPTION_KEY");
                    _ = configuration.GetSection("Mail")["Host"];
                    _ = configuration.GetSection(Keys.Queue)["Url"];
                    services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
                }
            }
            """);

        Assert.Equal(["*__Mail__Host", "ENCRYPTION_KEY", "Mail__Host", "Queue__Url", "Smtp__Host"], reads);
    }

    private static bool Covers(string[] reads, string variable) => ConfigurationReadRecord.Covers(
        variable,
        new HashSet<string>(reads.Where(r => !r.StartsWith('*')), StringComparer.OrdinalIgnoreCase),
        [.. reads.Where(r => r.StartsWith('*')).Select(r => r[ConfigurationReadRecord.SuffixMarker.Length..])]);

    [Fact]
    public void WritesNumericIndexesAndText_AreNotReads_ButALiteralIndexerKeyIsTheSafeMistake()
    {
        var reads = Reads("""
            public static class Startup
            {
                public static void Configure(IConfiguration configuration, Dictionary<string, string> settings, string[] names)
                {
                    configuration["Written:Only"] = "x";
                    _ = settings["NOT_CONFIGURATION"];
                    _ = names[0];
                    Console.WriteLine("GetEnvironmentVariable(\"IN_TEXT\")");
                }
            }
            """);

        Assert.Equal(["*__NOT_CONFIGURATION", "NOT_CONFIGURATION"], reads);
    }

    [Fact]
    public void ThroughAnEnvironmentPrefix_BothSpellingsAreRecorded()
    {
        var reads = Reads("""
            public static class Startup
            {
                public static string? Read(IConfigurationBuilder builder)
                {
                    var configuration = builder.AddEnvironmentVariables("MYAPP_").Build();
                    _ = Environment.GetEnvironmentVariable("RAW_NAME");
                    return configuration["Smtp:Host"];
                }
            }
            """);

        Assert.Equal(["*__Smtp__Host", "MYAPP_Smtp__Host", "RAW_NAME", "Smtp__Host"], reads);
    }

    [Fact]
    public void ADesignTimeBuild_GetsNoSource()
    {
        var (source, _) = Run("public static class C { public static string? R() => Environment.GetEnvironmentVariable(\"X\"); }", enabled: false);

        Assert.Null(source);
    }

    [Fact]
    public void TheGeneratedSource_IsMarkedAutoGenerated()
    {
        var (source, _) = Run("public static class C { }");

        Assert.NotNull(source);
        Assert.StartsWith("// <auto-generated/>", source, StringComparison.Ordinal);
        Assert.Contains("(\"Eval752.Guardrails.ConfigurationReads\", \"\")", source, StringComparison.Ordinal);
    }

    private sealed class BuildProperties(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
