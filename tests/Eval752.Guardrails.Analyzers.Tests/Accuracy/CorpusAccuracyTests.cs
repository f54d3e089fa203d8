using System.Collections.Immutable;
using System.Globalization;
using Eval752.Guardrails.Analyzers.Rules;
using Eval752.Guardrails.Testing.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Eval752.Guardrails.Analyzers.Tests.Accuracy;

/// <summary>
/// Precision and recall of EG0001-EG0004 over <see cref="SecretCorpus"/> (freshly generated each run),
/// per kind, printed to the test output; the run fails below precision 0.98 or recall 0.95 overall.
/// </summary>
public sealed class CorpusAccuracyTests(ITestOutputHelper output)
{
    private static readonly DiagnosticAnalyzer[] Analyzers =
    [
        new SecretLiteralAnalyzer(),
        new HardcodedKeyMaterialAnalyzer(),
    ];

    [Fact]
    public async Task Corpus_MeetsThePrecisionAndRecallTargets()
    {
        var corpus = SecretCorpus.Build();
        var trees = corpus.Select(c => CSharpSyntaxTree.ParseText(c.Source, path: c.Id + ".cs")).ToArray();
        var compilation = CSharpCompilation.Create("corpus", trees, Basic.Reference.Assemblies.Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation.WithAnalyzers([.. Analyzers]).GetAnalyzerDiagnosticsAsync();
        var actual = diagnostics
            .Where(d => d.Id.StartsWith("EG", StringComparison.Ordinal))
            .GroupBy(d => Path.GetFileNameWithoutExtension(d.Location.SourceTree!.FilePath))
            .ToDictionary(g => g.Key, g => g.Select(Label).ToList());

        var counts = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        foreach (var item in corpus)
        {
            var found = actual.TryGetValue(item.Id, out var list) ? list : [];
            foreach (var label in item.Expected.Union(found))
            {
                var (tp, fp, fn) = counts.GetValueOrDefault(label);
                var expected = item.Expected.Contains(label);
                var reported = found.Contains(label);
                counts[label] = (tp + (expected && reported ? 1 : 0), fp + (!expected && reported ? 1 : 0), fn + (expected && !reported ? 1 : 0));
                if (expected != reported)
                {
                    output.WriteLine($"{(reported ? "false positive" : "missed")} {label} in {item.Id}: {item.Source[..Math.Min(160, item.Source.Length)]}");
                }
            }
        }

        var positives = corpus.Count(c => c.Expected.Count > 0);
        var negatives = corpus.Count - positives;
        output.WriteLine($"corpus: {positives} positive and {negatives} negative cases");
        output.WriteLine("| rule:kind | TP | FP | FN | precision | recall |");
        foreach (var (label, (tp, fp, fn)) in counts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {tp} | {fp} | {fn} | {Ratio(tp, tp + fp):F3} | {Ratio(tp, tp + fn):F3} |"));
        }

        var (allTp, allFp, allFn) = (counts.Values.Sum(c => c.Tp), counts.Values.Sum(c => c.Fp), counts.Values.Sum(c => c.Fn));
        var precision = Ratio(allTp, allTp + allFp);
        var recall = Ratio(allTp, allTp + allFn);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overall: precision {precision:F3}, recall {recall:F3}"));

        Assert.True(positives >= 150 && negatives >= 200, $"corpus too small: {positives} positive, {negatives} negative");
        Assert.True(precision >= 0.98, string.Create(CultureInfo.InvariantCulture, $"precision {precision:F3} < 0.98"));
        Assert.True(recall >= 0.95, string.Create(CultureInfo.InvariantCulture, $"recall {recall:F3} < 0.95"));
    }

    private static string Label(Diagnostic diagnostic) =>
        $"{diagnostic.Id}:{(diagnostic.Properties.TryGetValue("kind", out var kind) && kind is not null ? kind : "key-material")}";

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1 : (double)numerator / denominator;
}
