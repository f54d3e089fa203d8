using System.Diagnostics;
using System.Globalization;
using Eval752.Guardrails.Detection.Containers;
using Eval752.Guardrails.Detection.FileSystem;
using Eval752.Guardrails.Detection.Repository;
using Eval752.Guardrails.Detection.Repository.Files;
using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Benchmarks.Scanning;

/// <summary>
/// The repository-file rules' own throughput on one thread, in process, on a tree <see cref="ScanComparisonHarness"/>
/// generated: the files are read once (timed apart), then the rules run over the texts as the scan dispatches them
/// (one engine pass shared by EG0301 and EG0304, EG0302 on CI files, EG0303 on Dockerfiles), median of 5 passes
/// after a warm-up. This separates the rules from what the process around them costs (start-up, directory walk,
/// reading, decoding): <c>scan-compare</c> times the whole command.
/// Run: dotnet run -c Release --project benchmarks/Eval752.Guardrails.Benchmarks -- scan-rules [tree]
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

        var clock = Stopwatch.StartNew();
        var texts = new List<(string Path, string Relative, string Text)>();
        foreach (var path in Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(tree, path).Replace('\\', '/');
            var name = Path.GetFileName(path);
            if (RepositoryFileKinds.Classify(relative) != RepositoryFileKind.None || FrontendExposure.IsFrontendCode(name) || name.StartsWith(".env", StringComparison.Ordinal))
            {
                if (RepositoryText.Read(path, out _) is { } text)
                {
                    texts.Add((path, relative, text));
                }
            }
        }

        var readSeconds = clock.Elapsed.TotalSeconds;
        var megabytes = texts.Sum(t => (long)t.Text.Length) / (1024.0 * 1024.0);
        var times = new List<double>();
        var findings = 0;
        for (var pass = 0; pass <= Passes; pass++)
        {
            clock.Restart();
            findings = texts.Sum(t => Check(t.Path, t.Relative, t.Text));
            if (pass > 0)
            {
                times.Add(clock.Elapsed.TotalSeconds);
            }
        }

        times.Sort();
        var median = times[Passes / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{texts.Count} files, {megabytes:F1} MiB of text the rules read; reading and decoding them: {readSeconds:F2} s ({megabytes / readSeconds:F0} MiB/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rules, median of {Passes}: {median:F3} s = {megabytes / median:F0} MiB/s on one thread ({findings} findings; passes {string.Join(", ", times.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))} s)"));
        return 0;
    }

    private static int Check(string path, string relative, string text)
    {
        var name = Path.GetFileName(path);
        var kind = RepositoryFileKinds.Classify(relative);
        var frontend = FrontendExposure.IsFrontendCode(name);
        var shapes = frontend || kind != RepositoryFileKind.None ? SecretScanner.Scan(text) : [];
        var count = 0;
        if (frontend)
        {
            count += FrontendExposure.CheckCode(path, text, shapes).Count();
        }

        if (name.StartsWith(".env", StringComparison.Ordinal))
        {
            count += FrontendExposure.CheckEnvFile(path, text).Count();
        }

        if (name.StartsWith("Dockerfile", StringComparison.Ordinal))
        {
            count += ContainerUserCheck.Check(path, text, ContainerUserCheck.DefaultUser).Count();
        }

        if (CiWorkflowCheck.IsCiFile(relative))
        {
            count += CiWorkflowCheck.Check(path, text).Count();
        }

        return count + RepositorySecretsCheck.Check(path, text, kind, shapes).Count;
    }
}
