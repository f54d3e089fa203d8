using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Eval752.Guardrails.Testing;

namespace Eval752.Guardrails.Benchmarks.Scanning;

/// <summary>
/// Issue 6's speed and findings comparison, in one run on one generated tree (<see cref="RepositoryTree"/>, default
/// 200 MB): <c>eval752-guard scan</c> against secretlint with its recommended preset and against
/// <c>git secrets --scan</c> (with <c>--register-aws</c>, its documented setup). Every tool is pinned to one core
/// (<c>taskset -c 0</c>) and runs on a warm page cache (one unmeasured read of the tree first). Findings are
/// scored against the planted set: a plant is found when a tool reports a line inside it; every other reported
/// line counts as a false alarm. Secret values are never printed (git-secrets prints matches; only its path and
/// line fields are read).
/// Build the CLI in Release first: dotnet build -c Release build/Eval752.Guardrails.Cli
/// Run: dotnet run -c Release --project benchmarks/Eval752.Guardrails.Benchmarks -- scan-compare [MB] [folder] [--reuse] [--skip-secretlint]
/// (<c>--reuse</c> keeps the tree and planted set of the previous run in that folder).
/// </summary>
internal static class ScanComparisonHarness
{
    private const int OurRuns = 5;
    private const int SecretlintChunk = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var positional = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var megabytes = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 200;
        var folder = positional.Length > 1 ? positional[1] : Path.Combine(Path.GetTempPath(), "eval752-scan-bench");
        var reuse = args.Contains("--reuse");
        var skipSecretlint = args.Contains("--skip-secretlint");
        var tree = Path.Combine(folder, "tree");
        var cli = FindCli();
        if (cli is null)
        {
            Console.Error.WriteLine("Build the CLI first: dotnet build -c Release build/Eval752.Guardrails.Cli");
            return 1;
        }

        var manifest = Path.Combine(folder, "plants.json");
        RepositoryTree generated;
        if (reuse && File.Exists(manifest))
        {
            generated = RepositoryTree.Load(tree, manifest);
            Console.WriteLine($"Reusing {tree}");
        }
        else
        {
            Console.WriteLine($"Generating {megabytes} MB under {tree} …");
            generated = RepositoryTree.Generate(tree, megabytes * 1024L * 1024L);
            generated.Save(manifest);
        }

        Console.WriteLine($"{generated.Files} files, {generated.Bytes / (1024.0 * 1024.0):F1} MiB, {generated.Plants.Count} planted secrets ({string.Join(", ", generated.Plants.GroupBy(p => p.Kind).Select(g => $"{g.Key} {g.Count()}"))})");
        WarmPageCache(tree);

        var results = new List<ToolResult>();
        var ours = new List<double>();
        var report = Path.Combine(folder, "eval752.json");
        for (var run = 0; run < OurRuns; run++)
        {
            ours.Add(await TimeAsync("taskset", ["-c", "0", "dotnet", cli, "scan", tree, "--no-csharp", "--format", "json", "--output", report], tree));
        }

        ours.Sort();
        results.Add(Score("eval752-guard scan --no-csharp (repository-file rules)", ours[OurRuns / 2], OurLines(report, tree), generated));
        var whole = await TimeAsync("taskset", ["-c", "0", "dotnet", cli, "scan", tree, "--format", "json", "--output", report], tree);
        results.Add(Score("eval752-guard scan (with the C# rules)", whole, OurLines(report, tree), generated));

        if (!skipSecretlint && await SecretlintAsync(folder) is { } secretlint)
        {
            var rc = Path.Combine(folder, "secretlintrc.json");
            await File.WriteAllTextAsync(rc, """{ "rules": [ { "id": "@secretlint/secretlint-rule-preset-recommend" } ] }""");

            // One process over the whole tree slows down with every file it has seen (measured: 0.17 s per service
            // folder on a 20 MB tree, 6 s per folder after 388 folders of the 200 MB tree; it would have needed
            // hours), so secretlint runs over chunks of service folders, one process after another on the same core,
            // and the times add up. That favours secretlint: it is the fastest way to run it on this tree.
            var services = Directory.GetDirectories(Path.Combine(tree, "services")).Select(d => Path.GetRelativePath(tree, d).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            var seconds = 0.0;
            var lines = new HashSet<(string, int)>();
            for (var chunk = 0; chunk * SecretlintChunk < services.Count; chunk++)
            {
                var output = Path.Combine(folder, $"secretlint-{chunk}.json");
                var patterns = services.Skip(chunk * SecretlintChunk).Take(SecretlintChunk).Select(d => d + "/**/*");
                seconds += await TimeAsync("taskset", ["-c", "0", "node", secretlint, .. patterns, "--secretlintrc", rc, "--format", "json", "--output", output], tree);
                lines.UnionWith(SecretlintLines(output, tree));
            }

            results.Add(Score($"secretlint (preset-recommend, {SecretlintChunk} folders per process)", seconds, lines, generated));
        }

        if (await GitSecretsAsync(tree) is { } gitSecrets)
        {
            results.Add(Score("git secrets --scan (--register-aws)", gitSecrets.Seconds, gitSecrets.Lines, generated));
        }

        var mib = generated.Bytes / (1024.0 * 1024.0);
        Console.WriteLine();
        Console.WriteLine($"| Tool | Time (s, one core) | MiB/s | Planted found (of {generated.Plants.Count}) | Other reported lines |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var result in results)
        {
            Console.WriteLine($"| {result.Tool} | {result.Seconds:F2} | {mib / result.Seconds:F0} | {result.Found} | {result.Others} |");
        }

        Console.WriteLine();
        Console.WriteLine("Planted found per kind:");
        foreach (var kind in generated.Plants.Select(p => p.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"  {kind}: " + string.Join(", ", results.Select(r => $"{r.Tool.Split(' ')[0] + (r.Tool.Contains("--no-csharp", StringComparison.Ordinal) ? "(files)" : string.Empty)} {r.FoundByKind.GetValueOrDefault(kind)}/{generated.Plants.Count(p => p.Kind == kind)}")));
        }

        foreach (var other in results.Skip(2))
        {
            Console.WriteLine($"\n{other.Tool}: {other.Seconds / results[0].Seconds:F1}x the time of the repository-file rules, {other.Seconds / results[1].Seconds:F1}x the whole scan");
        }

        return 0;
    }

    private static ToolResult Score(string tool, double seconds, HashSet<(string Path, int Line)> lines, RepositoryTree generated)
    {
        var matched = new HashSet<(string, int)>();
        var foundByKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = 0;
        foreach (var plant in generated.Plants)
        {
            var hits = lines.Where(l => l.Path == plant.Path && l.Line >= plant.FirstLine && l.Line <= plant.LastLine).ToList();
            if (hits.Count > 0)
            {
                found++;
                foundByKind[plant.Kind] = foundByKind.GetValueOrDefault(plant.Kind) + 1;
                matched.UnionWith(hits);
            }
        }

        return new ToolResult(tool, seconds, found, lines.Count - matched.Count, foundByKind);
    }

    private static HashSet<(string, int)> OurLines(string report, string tree)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(report));
        return [.. document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("line").GetInt32()))];
    }

    private static HashSet<(string, int)> SecretlintLines(string output, string tree)
    {
        var lines = new HashSet<(string, int)>();
        if (!File.Exists(output))
        {
            return lines;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(output));
        foreach (var file in document.RootElement.EnumerateArray())
        {
            var path = Path.GetRelativePath(tree, file.GetProperty("filePath").GetString()!).Replace('\\', '/');
            foreach (var message in file.GetProperty("messages").EnumerateArray())
            {
                lines.Add((path, message.GetProperty("loc").GetProperty("start").GetProperty("line").GetInt32()));
            }
        }

        return lines;
    }

    /// <summary>secretlint and its recommended preset from npm, installed once beside the tree.</summary>
    private static async Task<string?> SecretlintAsync(string folder)
    {
        var prefix = Path.Combine(folder, "secretlint");
        var bin = Path.Combine(prefix, "node_modules", "secretlint", "bin", "secretlint.js");
        if (!File.Exists(bin))
        {
            var install = await ProcessRunner.RunAsync("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "secretlint", "@secretlint/secretlint-rule-preset-recommend"], timeout: TimeSpan.FromMinutes(5));
            if (install.ExitCode != 0)
            {
                Console.Error.WriteLine($"secretlint could not be installed (npm exit {install.ExitCode}); skipped.");
                return null;
            }
        }

        return bin;
    }

    /// <summary><c>git secrets --scan -r</c> in a throwaway git repository of the tree (its patterns live in git config).</summary>
    private static async Task<(double Seconds, HashSet<(string, int)> Lines)?> GitSecretsAsync(string tree)
    {
        if ((await ProcessRunner.RunAsync("git", ["secrets"], workingDirectory: tree, timeout: TimeSpan.FromMinutes(1))).StandardError.Contains("is not a git command", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("git-secrets is not installed (Debian package git-secrets); skipped.");
            return null;
        }

        await ProcessRunner.RunAsync("git", ["init", "-q"], workingDirectory: tree, timeout: TimeSpan.FromMinutes(1));
        await ProcessRunner.RunAsync("git", ["secrets", "--register-aws"], workingDirectory: tree, timeout: TimeSpan.FromMinutes(1));
        var clock = Stopwatch.StartNew();
        var run = await ProcessRunner.RunAsync("taskset", ["-c", "0", "git", "secrets", "--scan", "-r", "."], workingDirectory: tree, timeout: TimeSpan.FromMinutes(30));
        var seconds = clock.Elapsed.TotalSeconds;
        var lines = new HashSet<(string, int)>();
        foreach (var line in (run.StandardOutput + "\n" + run.StandardError).Split('\n'))
        {
            // path:line:match — only the first two fields are kept; the match holds the secret.
            var parts = line.Split(':', 3);
            if (parts.Length == 3 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                lines.Add((parts[0].StartsWith("./", StringComparison.Ordinal) ? parts[0][2..] : parts[0], number));
            }
        }

        Directory.Delete(Path.Combine(tree, ".git"), recursive: true);
        return (seconds, lines);
    }

    private static async Task<double> TimeAsync(string command, string[] arguments, string workingDirectory)
    {
        var clock = Stopwatch.StartNew();
        var run = await ProcessRunner.RunAsync(command, arguments, workingDirectory: workingDirectory, timeout: TimeSpan.FromMinutes(60));
        var seconds = clock.Elapsed.TotalSeconds;
        if (run.ExitCode is not (0 or 1))
        {
            Console.Error.WriteLine($"{command} {string.Join(' ', arguments.Take(4))} … exited {run.ExitCode}: {run.StandardError[..Math.Min(400, run.StandardError.Length)]}");
        }

        return seconds;
    }

    private static void WarmPageCache(string tree)
    {
        foreach (var file in Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories))
        {
            _ = File.ReadAllBytes(file);
        }
    }

    private static string? FindCli()
    {
        foreach (var configuration in new[] { "Release", "Debug" })
        {
            var path = RepositoryPaths.Combine("build", "Eval752.Guardrails.Cli", "bin", configuration, "net10.0", "eval752-guard.dll");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private sealed record ToolResult(string Tool, double Seconds, int Found, int Others, Dictionary<string, int> FoundByKind);
}
