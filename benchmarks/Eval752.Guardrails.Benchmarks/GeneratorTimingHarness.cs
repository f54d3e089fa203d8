using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Eval752.Guardrails.Analyzers.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eval752.Guardrails.Benchmarks;

/// <summary>
/// What EG0205's read record adds to a real build: the configuration-read generator over the analyzer
/// timing corpus (3,000 generated service files by default), against the compiler's own binding of the same
/// compilation (<c>GetDiagnostics()</c>, the work csc does anyway). Fresh compilation per run, median of 7.
/// Run: dotnet run -c Release --project benchmarks/Eval752.Guardrails.Benchmarks -- generator [files]
/// </summary>
internal static class GeneratorTimingHarness
{
    private const int Runs = 7;

    public static int Run(string[] args)
    {
        var files = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000;
        var generator = new List<double>();
        var binding = new List<double>();
        var reads = 0;
        for (var run = 0; run < Runs + 1; run++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var compilation = AnalyzerTimingHarness.CreateCompilation(files);
            var clock = Stopwatch.StartNew();
            CSharpGeneratorDriver.Create([new ConfigurationReadRecordGenerator().AsSourceGenerator()], optionsProvider: new Enabled())
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            generator.Add(clock.Elapsed.TotalMilliseconds);
            reads = ((string)output.Assembly.GetAttributes().Single(a => a.AttributeClass?.Name == "AssemblyMetadataAttribute").ConstructorArguments[1].Value!).Split('\n').Length;

            var fresh = AnalyzerTimingHarness.CreateCompilation(files);
            clock.Restart();
            _ = fresh.GetDiagnostics();
            binding.Add(clock.Elapsed.TotalMilliseconds);
        }

        var generatorMs = generator.Skip(1).Order().ElementAt(Runs / 2);
        var bindingMs = binding.Skip(1).Order().ElementAt(Runs / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files} files: read-record generator {generatorMs:F0} ms ({reads} variables), compiler binding {bindingMs:F0} ms, generator / binding = {generatorMs / bindingMs:P0}"));
        return 0;
    }

    private sealed class Enabled : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty.Add(ConfigurationReadRecordGenerator.EnabledProperty, "true"));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(ImmutableDictionary<string, string>.Empty);

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
