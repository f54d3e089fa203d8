using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Eval752.Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Benchmarks;

/// <summary>
/// Analyzer execution time of EG0101-EG0104 (SecretFlowAnalyzer, SecretPrintingTypeAnalyzer) over N generated service files with realistic
/// logging density (12 log calls, 2 exceptions, configuration reads, locals, interpolation and a helper per file;
/// one file in ten leaks), against a floor analyzer that visits every invocation and reads its target's name.
/// Two clocks: Roslyn's per-analyzer telemetry (time inside the analyzer's callbacks, same compilation, one
/// warm-up, median of 11) and end to end (wall time of analysing a fresh clone of the compilation with that
/// analyzer alone, binding and operation trees included: what a build pays; median of 5).
/// Run: dotnet run -c Release --project benchmarks/Eval752.Guardrails.Benchmarks -- flow [files]
/// </summary>
internal static class FlowTimingHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var files = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000;
        var compilation = CreateCompilation(files);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3).ToList();
        if (errors.Count > 0)
        {
            Console.Error.WriteLine(string.Join('\n', errors));
            return 1;
        }

        var sets = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
        {
            ("floor (visits every invocation)", [new InvocationFloorAnalyzer()]),
            ("Eval752 EG0101-EG0104", [new SecretFlowAnalyzer(), new SecretPrintingTypeAnalyzer()]),
        };

        var results = new List<(double Ms, int Diagnostics)>();
        foreach (var (name, analyzers) in sets)
        {
            var median = await AnalyzerTimingHarness.MedianAsync(compilation, analyzers);
            results.Add(median);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {median.Ms:F0} ms analyzer time, {median.Diagnostics} diagnostics"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files} files: EG0101-EG0104 / floor = {results[1].Ms / results[0].Ms:F2}x (callback time)"));

        var wall = new List<double>();
        foreach (var (name, analyzers) in sets)
        {
            var runs = new List<double>();
            for (var run = 0; run < 6; run++)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                var fresh = compilation.Clone();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                _ = await fresh.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
                runs.Add(clock.Elapsed.TotalMilliseconds);
            }

            var median = runs.Skip(1).Order().ElementAt(2);
            wall.Add(median);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {median:F0} ms end to end"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files} files: EG0101-EG0104 / floor = {wall[1] / wall[0]:F2}x (end to end)"));
        return 0;
    }

    private static CSharpCompilation CreateCompilation(int files)
    {
        var trees = new List<SyntaxTree>(files + 1) { CSharpSyntaxTree.ParseText(Shared, path: "Shared.cs") };
        for (var i = 0; i < files; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ServiceFile(i), path: $"Service{i:D4}.cs"));
        }

        var references = Basic.Reference.Assemblies.Net100.References.All.Concat(new[]
        {
            typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
            typeof(Microsoft.Extensions.Logging.LoggerExtensions).Assembly,
            typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly,
            typeof(Microsoft.Extensions.Configuration.ConfigurationBinder).Assembly,
        }.Distinct().Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)));
        return CSharpCompilation.Create("flow-timing", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private const string Shared = """
        namespace Platform;
        public sealed class ProviderOptions { public string ApiKey { get; set; } = ""; public string Model { get; set; } = ""; public int MaxTokens { get; set; } }
        public sealed record Order(int Id, string Customer, decimal Total);
        public sealed record ProviderConfig(string Name, string Model);
        """;

    private static string ServiceFile(int index)
    {
        var leak = index % 10 == 0
            ? "logger.LogDebug(\"Calling with key {Key}\", options.ApiKey);"
            : "logger.LogDebug(\"Calling with a {Length}-character key\", options.ApiKey.Length);";
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $$"""
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;
            namespace Platform.Services{{index % 50}};
            public sealed class Service{{index}}(ILogger<Service{{index}}> logger, IConfiguration configuration, ProviderOptions options)
            {
                public decimal Process(Order order, int attempt)
                {
                    logger.LogInformation("Processing order {OrderId} for {Customer} (attempt {Attempt})", order.Id, order.Customer, attempt);
                    var region = configuration["Region"] ?? "local";
                    var threshold = configuration.GetValue<decimal>("Orders:Threshold");
                    if (order.Total > threshold)
                    {
                        logger.LogWarning("Order {OrderId} total {Total} above {Threshold} in {Region}", order.Id, order.Total, threshold, region);
                    }

                    var label = $"order-{order.Id}-{region}";
                    logger.LogDebug("Label {Label}", label);
                    {{leak}}
                    try
                    {
                        var total = Compute(order, attempt);
                        logger.LogInformation("Order {OrderId} computed {Total}", order.Id, total);
                        return total;
                    }
                    catch (InvalidOperationException ex)
                    {
                        logger.LogError(ex, "Order {OrderId} failed in {Region}", order.Id, region);
                        throw new InvalidOperationException($"Order {order.Id} could not be processed in {region}", ex);
                    }
                }

                private decimal Compute(Order order, int attempt)
                {
                    if (attempt > 3)
                    {
                        throw new ArgumentOutOfRangeException(nameof(attempt), attempt, "too many attempts");
                    }

                    var parts = new List<string> { order.Customer, options.Model, Describe(order) };
                    logger.LogTrace("Parts {Parts} with up to {MaxTokens} tokens", string.Join(",", parts), options.MaxTokens);
                    using var scope = logger.BeginScope("order {OrderId}", order.Id);
                    logger.LogInformation("Computing {Count} parts", parts.Count);
                    Console.WriteLine($"computed order {order.Id}");
                    return order.Total * (1 + attempt / 10m);
                }

                private static string Describe(Order order) => $"{order.Customer}:{order.Total}";
            }
            """);
        return builder.ToString();
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class InvocationFloorAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new("FLOOR02", "floor", "floor", "Floor", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(
                c =>
                {
                    if (((IInvocationOperation)c.Operation).TargetMethod.Name.Length == int.MaxValue)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Descriptor, c.Operation.Syntax.GetLocation()));
                    }
                },
                OperationKind.Invocation);
        }
    }
}
