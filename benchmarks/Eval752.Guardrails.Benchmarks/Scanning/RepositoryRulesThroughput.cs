using System.Diagnostics;
using System.Globalization;
using Eval752.Guardrails.Cli.Scanning;
using Eval752.Guardrails.Detection.FileSystem;
using Eval752.Guardrails.Detection.Findings;

namespace Eval752.Guardrails.Benchmarks.Scanning;

/// <summary>
/// The repository-file rules' own throughput on one thread, in process, on a tree <see cref="ScanComparisonHarness"/>
/// generated: the files are read once (timed apart), then <see cref="RepositoryScan"/>'s own dispatch runs over the
/// texts, median of 5 passes after a warm-up. This separates the rules from what the command around them costs
/// (start-up, directory walk, reading, decoding): <c>scan-compare</c> times the whole command.
/// Run: DOTNET_TieredCompilation=0 dotnet run -c Release --project benchmarks/Eval752.Guardrails.Benchmarks -- scan-rules [tree]
/// </summary>
internal static class RepositoryRulesThroughput
{
    private const int Passes = 5;

    public static int Run(string[] args)
    {
        var tree = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "eval752-scan-bench", "tree");
        if (!Directory.Exists(tree))
        {
            Console.Error.WriteLine($"No tree at {tree}: run scan-compare first (it generates one).");
            return 1;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") != "0")
        {
            Console.WriteLine("note: set DOTNET_TieredCompilation=0 so every method runs optimized, as the engine's hot loops do in eval752-guard (with tiering and dynamic PGO, later passes get slower here).");
        }

        var clock = Stopwatch.StartNew();
        var scan = new RepositoryScan(tree, "eval752");
        var files = RepositoryFiles.Enumerate(tree);
        var texts = new List<(string Path, RepositoryScan.FileRules Rules, string Text)>();
        foreach (var path in files.Files)
        {
            var rules = scan.RulesFor(path, files.Relative(path));
            if (rules.ReadsText && RepositoryText.Read(path, out _) is { } text)
            {
                texts.Add((path, rules, text));
            }
        }

        var readSeconds = clock.Elapsed.TotalSeconds;
        var megabytes = texts.Sum(t => (long)t.Text.Length) / (1024.0 * 1024.0);
        var times = new List<double>();
        var findings = new List<FileFinding>();
        for (var pass = 0; pass <= Passes; pass++)
        {
            findings.Clear();
            clock.Restart();
            foreach (var (path, rules, text) in texts)
            {
                scan.Check(path, text, rules, findings);
            }

            if (pass > 0)
            {
                times.Add(clock.Elapsed.TotalSeconds);
            }
        }

        times.Sort();
        var median = times[Passes / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{texts.Count} files, {megabytes:F1} MiB of text the rules read; walking, reading and decoding them: {readSeconds:F2} s ({megabytes / readSeconds:F0} MiB/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rules, median of {Passes}: {median:F3} s = {megabytes / median:F0} MiB/s on one thread ({findings.Count} findings; passes {string.Join(", ", times.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))} s)"));
        return 0;
    }
}
