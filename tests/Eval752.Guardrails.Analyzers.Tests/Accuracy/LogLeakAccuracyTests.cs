using System.Globalization;
using Eval752.Guardrails.Analyzers.Rules;
using Eval752.Guardrails.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Eval752.Guardrails.Analyzers.Tests.Accuracy;

/// <summary>
/// Precision and recall of EG0101/EG0102 over <see cref="LogLeakCorpus"/>, printed to the test output; the run fails
/// below issue 4's targets (precision 0.95, recall 0.90) or with fewer than 80 leaks and 100 look-alikes.
/// </summary>
public sealed class LogLeakAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Corpus_MeetsThePrecisionAndRecallTargets()
    {
        var corpus = LogLeakCorpus.Build();
        var trees = corpus.Select(c => CSharpSyntaxTree.ParseText(c.Source, path: c.Id + ".cs"))
            .Append(CSharpSyntaxTree.ParseText(LogLeakCorpus.Shared, path: "Shared.cs"))
            .ToArray();
        var compilation = CSharpCompilation.Create(
            "corpus",
            trees,
            Basic.Reference.Assemblies.Net100.References.All.Concat(ExtensionsReferences.All),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));

        var diagnostics = await compilation.WithAnalyzers([new SecretFlowAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        var reported = diagnostics.GroupBy(d => Path.GetFileNameWithoutExtension(d.Location.SourceTree!.FilePath)).ToDictionary(g => g.Key, g => g.Select(d => d.Id).ToList());

        int tp = 0, fp = 0, fn = 0;
        foreach (var (id, _, expected) in corpus)
        {
            var found = reported.TryGetValue(id, out var ids) ? ids : [];
            var hit = expected is not null && found.Contains(expected);
            tp += hit ? 1 : 0;
            fn += expected is not null && !hit ? 1 : 0;
            var wrong = found.Count(i => i != expected);
            fp += wrong;
            if ((expected is not null && !hit) || wrong > 0)
            {
                output.WriteLine($"{(wrong > 0 ? "false positive" : "missed")} in {id}: {string.Join(", ", found)}");
            }
        }

        var leaks = corpus.Count(c => c.ExpectedRule is not null);
        var lookAlikes = corpus.Count - leaks;
        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {leaks} leaks, {lookAlikes} look-alikes; TP {tp}, FP {fp}, FN {fn}; precision {precision:F3}, recall {recall:F3}"));

        Assert.True(leaks >= 80 && lookAlikes >= 100, $"corpus too small: {leaks} leaks, {lookAlikes} look-alikes");
        Assert.True(precision >= 0.95, string.Create(CultureInfo.InvariantCulture, $"precision {precision:F3} < 0.95"));
        Assert.True(recall >= 0.90, string.Create(CultureInfo.InvariantCulture, $"recall {recall:F3} < 0.90"));
    }
}
