using System.Globalization;
using System.Text;
using Eval752.Guardrails.Testing.Builds;

namespace Eval752.Guardrails.Benchmarks;

/// <summary>
/// Build-time cost of the package's MSBuild part (issue 5): the time MSBuild spends in the package's own
/// targets (every target named Eval752Guardrails or _Eval752*, from -clp:PerformanceSummary; since EG0205 that
/// includes recording the reads and the stale check after the compiler), in the first
/// full build and in no-op incremental builds, for a consistent service of N generated files (default 200
/// and 1,000) that reads configuration in every file. Uses the packed package from a local feed, as users
/// get it. Build the solution in Release first (the feed packs with --no-build).
/// Run: dotnet run -c Release --project benchmarks/Eval752.Guardrails.Benchmarks -- tasks [files…]
/// </summary>
internal static class TaskTimingHarness
{
    private const int NoOpRuns = 7;
    private const int Variables = 40;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [200, 1000];
        using var feed = await GuardrailsPackageFeed.CreateAsync();
        foreach (var files in sizes)
        {
            using var project = BuildFixture.Create(feed);
            WriteService(project, files);

            var first = await project.BuildAsync("-clp:PerformanceSummary");
            if (!first.Succeeded || first.Diagnostics.Count > 0)
            {
                Console.Error.WriteLine($"The generated {files}-file service did not build cleanly:\n{string.Join('\n', first.Diagnostics)}");
                return 1;
            }

            var noOp = new List<double>();
            for (var run = 0; run < NoOpRuns; run++)
            {
                noOp.Add(PackageTargetsMs((await project.BuildAsync("--no-restore", "-clp:PerformanceSummary")).Output));
            }

            noOp.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{files} files: first full build {PackageTargetsMs(first.Output):F0} ms in the package's targets; no-op incremental build median {noOp[NoOpRuns / 2]:F0} ms (min {noOp[0]:F0}, max {noOp[^1]:F0}) over {NoOpRuns} runs"));
        }

        return 0;
    }

    /// <summary>Sum of the package's targets in MSBuild's target performance summary ("   12 ms  _Eval752CheckEnvExample   1 calls").</summary>
    internal static double PackageTargetsMs(string output)
    {
        var total = 0.0;
        var inTargets = false;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("Target Performance Summary", StringComparison.Ordinal))
            {
                inTargets = true;
                continue;
            }

            if (line.StartsWith("Task Performance Summary", StringComparison.Ordinal))
            {
                inTargets = false;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (inTargets && parts.Length >= 3 && parts[1] == "ms"
                && (parts[2].StartsWith("_Eval752", StringComparison.Ordinal) || parts[2] == "Eval752Guardrails")
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                total += ms;
            }
        }

        return total;
    }

    private static void WriteService(BuildFixture project, int files)
    {
        var envExample = new StringBuilder($"ENCRYPTION_KEY={new string('0', 64)}\n");
        var docs = new StringBuilder("| Variable | Description |\n|---|---|\n| `ENCRYPTION_KEY` | Master key. |\n");
        var notes = new StringBuilder("# Changelog\n\n## [Unreleased]\n\n- New variables `ENCRYPTION_KEY`");
        for (var v = 0; v < Variables; v++)
        {
            envExample.Append(CultureInfo.InvariantCulture, $"# Setting {v}.\nService__Setting{v}=\n");
            docs.Append(CultureInfo.InvariantCulture, $"| `Service__Setting{v}` | Setting {v}. |\n");
            notes.Append(CultureInfo.InvariantCulture, $", `Service__Setting{v}`");
        }

        project.WriteFile(".env.example", envExample.ToString());
        project.WriteFile("docs/configuration.md", docs.ToString());
        project.WriteFile("CHANGELOG.md", notes.Append(".\n").ToString());
        for (var i = 0; i < files; i++)
        {
            project.WriteFile($"Service{i:D4}.cs", string.Create(CultureInfo.InvariantCulture, $$"""
                namespace Fixture;

                public static class Service{{i}}
                {
                    private const string Endpoint = "https://api.example.org/v1/items/{{i}}";

                    public static string Describe(string user, int count)
                    {
                        var setting = Environment.GetEnvironmentVariable("Service__Setting{{i % Variables}}") ?? "default";
                        _ = Environment.GetEnvironmentVariable("ENCRYPTION_KEY");
                        return $"user {user} requested {count} items from {Endpoint} with {setting}";
                    }
                }
                """));
        }
    }
}
