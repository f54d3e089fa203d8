using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Eval752.Guardrails.Analyzers.Rules;
using Eval752.Guardrails.Testing.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Eval752.Guardrails.Benchmarks;

/// <summary>
/// Analyzer execution time of EG0001-EG0004 over 3,000 generated service-code files, against a floor
/// analyzer that only reads every string literal's constant value, and against SonarAnalyzer.CSharp's
/// S2068 + S6418 on the same compilation, in one run (Roslyn's own per-analyzer telemetry, median of 5).
/// Run: dotnet run -c Release --project benchmarks/Eval752.Guardrails.Benchmarks -- analyzers [files]
/// </summary>
internal static class AnalyzerTimingHarness
{
    /// <summary>Measured runs per set after one warm-up; the median is reported (the per-analyzer clock is wall time).</summary>
    private const int Runs = 11;

    public static async Task<int> RunAsync(string[] args)
    {
        var files = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000;
        var compilation = CreateCompilation(files);
        var sets = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
        {
            ("floor (reads every string literal)", [new FloorAnalyzer(throughConstantValue: false)]),
            ("floor through the compiler's constant value", [new FloorAnalyzer(throughConstantValue: true)]),
            ("Eval752 EG0001-EG0004", [new SecretLiteralAnalyzer(), new HardcodedKeyMaterialAnalyzer()]),
            ("SonarAnalyzer S2068 + S6418", LoadSonar("S2068", "S6418")),

        };

        var results = new Dictionary<string, (double Ms, int Diagnostics)>();
        foreach (var (name, analyzers) in sets)
        {
            var median = await MedianAsync(compilation, analyzers);
            results[name] = median;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {median.Ms:F0} ms analyzer time, {median.Diagnostics} diagnostics ({analyzers.Length} analyzers)"));
        }

        var ours = results[sets[2].Name].Ms;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files} files: EG0001-EG0004 / floor = {ours / results[sets[0].Name].Ms:F2}x, / constant-value floor = {ours / results[sets[1].Name].Ms:F2}x, / Sonar = {ours / results[sets[3].Name].Ms:F2}x"));
        return 0;
    }

    /// <summary>The median of <see cref="Runs"/> measured runs after one warm-up, each after a full collection.</summary>
    internal static async Task<(double Ms, int Diagnostics)> MedianAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var runs = new List<(double Ms, int Diagnostics)>();
        for (var run = 0; run < Runs + 1; run++)
        {
            // A full collection first, so one set's garbage is not collected on the next set's clock.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            runs.Add(await MeasureAsync(compilation, analyzers));
        }

        return runs.Skip(1).OrderBy(r => r.Ms).ElementAt(Runs / 2);
    }

    private static async Task<(double Ms, int Diagnostics)> MeasureAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        // Sonar's hotspot rules (S2068, S6418) run only when SonarLint.xml, as SonarQube/SonarLint write it, activates them.
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([SonarLintConfiguration]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var total = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
            total += time;
            if (Environment.GetEnvironmentVariable("EVAL752_TIMING_DETAIL") == "1")
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {analyzer.GetType().Name}: {time.TotalMilliseconds:F0} ms"));
            }
        }

        return (total.TotalMilliseconds, diagnostics.Length);
    }

    internal static CSharpCompilation CreateCompilation(int files)
    {
        var random = new Random(752);
        var trees = new List<SyntaxTree>(files);
        for (var i = 0; i < files; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ServiceFile(i, random), path: $"Service{i:D4}.cs"));
        }

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["S2068"] = ReportDiagnostic.Warn, ["S6418"] = ReportDiagnostic.Warn });
        return CSharpCompilation.Create("timing", trees, Basic.Reference.Assemblies.Net100.References.All, options);
    }

    /// <summary>About 60 lines of service code with many strings, and a secret-shaped value in one file of 20.</summary>
    private static string ServiceFile(int index, Random random)
    {
        var secret = index % 20 == 0 ? SecretShapes.All[random.Next(SecretShapes.All.Count)].Make().Replace("\n", "\\n", StringComparison.Ordinal) : "not-a-secret";
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $$"""
            using System;
            using System.Collections.Generic;
            namespace Platform.Services{{index % 50}};
            public sealed class Service{{index}}
            {
                private const string Endpoint = "https://api.example.org/v1/items/{{index}}";
                private const string ApiKeyHeader = "X-Api-Key";
                private readonly Dictionary<string, string> settings = new()
                {
                    ["Providers:OpenAI:Model"] = "gpt-4o-mini",
                    ["Providers:OpenAI:BaseUrl"] = "https://api.openai.com/v1",
                    ["Logging:LogLevel:Default"] = "Information",
                    ["Feature:{{index}}:Enabled"] = "true",
                };
                private string token = "{{secret}}";
                public string Describe(string user, int count)
                {
                    var message = $"user {user} requested {count} items from {Endpoint}";
                    if (string.IsNullOrEmpty(user)) throw new ArgumentException("user is required", nameof(user));
                    var password = Environment.GetEnvironmentVariable("SERVICE_{{index}}_PASSWORD") ?? "";
                    var label = count switch { 0 => "none", 1 => "one", _ => "many" };
                    return message + " " + label + " " + password.Length + " " + token.Length;
                }
            """);
        for (var method = 0; method < 6; method++)
        {
            builder.Append(CultureInfo.InvariantCulture, $$"""
                    public string Format{{method}}(object value) => string.Format("item {0} in {{method}}: {1}", value, "ok-{{index}}-{{method}}");
                    public IReadOnlyList<string> Names{{method}}() => ["alpha-{{method}}", "beta-{{index}}", "gamma", "delta-value-{{method}}"];
                """);
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadSonar(params string[] ids)
    {
        var directory = typeof(AnalyzerTimingHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "SonarAnalyzerDirectory").Value!;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var candidate = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
        var reference = new AnalyzerFileReference(Path.Combine(directory, "SonarAnalyzer.CSharp.dll"), new DefaultLoader());
        return [.. reference.GetAnalyzers(LanguageNames.CSharp).Where(a => a.SupportedDiagnostics.Any(d => ids.Contains(d.Id)))];
    }

    private static readonly AdditionalText SonarLintConfiguration = new InMemoryAdditionalText(
        "SonarLint.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <AnalysisInput>
          <Settings />
          <Rules>
            <Rule><Key>S2068</Key><Parameters><Parameter><Key>credentialWords</Key><Value>password, passwd, pwd, passphrase</Value></Parameter></Parameters></Rule>
            <Rule><Key>S6418</Key><Parameters><Parameter><Key>secretWords</Key><Value>api[_.-]?key, auth, credential, secret, token</Value></Parameter><Parameter><Key>randomnessSensibility</Key><Value>5.0</Value></Parameter></Parameters></Rule>
          </Rules>
          <Files />
        </AnalysisInput>
        """);

    private sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText text = Microsoft.CodeAnalysis.Text.SourceText.From(content);

        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class DefaultLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }

    /// <summary>
    /// The least a literal-based rule must do: visit every string literal and read its value. Reading the
    /// token's value is the cheapest way (the rules do it too); reading <see cref="IOperation.ConstantValue"/>,
    /// the compiler's folded value that concatenations need, makes the compiler materialize a string each time.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class FloorAnalyzer(bool throughConstantValue) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new("FLOOR01", "floor", "floor", "Floor", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(
                c =>
                {
                    var text = throughConstantValue
                        ? c.Operation.ConstantValue.Value as string
                        : (c.Operation.Syntax as Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)?.Token.Value as string;
                    if (text?.Length == int.MaxValue)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Descriptor, c.Operation.Syntax.GetLocation()));
                    }
                },
                OperationKind.Literal);
        }
    }
}
