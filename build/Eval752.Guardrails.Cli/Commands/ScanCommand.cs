using System.CommandLine;
using Eval752.Guardrails.Cli.Scanning;
using Eval752.Guardrails.Detection.Containers;

namespace Eval752.Guardrails.Cli.Commands;

/// <summary>
/// <c>eval752-guard scan [PATH] [--format text|json|sarif] [--output FILE] [--container-user NAME]</c>: the
/// repository-file rules of the build over a whole repository. Exit 0 clean, 1 findings, 2 usage or I/O.
/// </summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "The repository (or folder) to scan", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format") { Description = "text (MSBuild-style lines), json or sarif (SARIF 2.1.0 for code scanning)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<string?>("--output") { Description = "Write the report to this file instead of stdout" };
        var baseline = new Option<string?>("--baseline") { Description = "The baseline of accepted findings (default: .guardrails-baseline.json at PATH, when present)" };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Rewrite the baseline's entries for these rules from the current findings, keeping justifications" };
        var user = new Option<string>("--container-user") { Description = "The non-root user Dockerfiles must run as (EG0303)", DefaultValueFactory = _ => ContainerUserCheck.DefaultUser };
        var staged = new Option<bool>("--staged") { Description = "Scan only the files staged in git (for a pre-commit hook)" };
        var noCSharp = new Option<bool>("--no-csharp") { Description = "Skip the C# rules (EG0001-EG0004, EG0101-EG0104); only the repository-file rules run" };
        var command = new Command("scan", "Scan a repository with the guardrails' rules: C# (EG0001-EG0004, EG0101-EG0104) without building, and repository files (EG0204, EG0206-EG0208, EG0301-EG0305).") { path, format, output, baseline, updateBaseline, user, staged, noCSharp };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var root = Path.GetFullPath(parse.GetValue(path)!);
            if (!Directory.Exists(root))
            {
                throw new CliUsageException($"'{root}' is not a folder; pass the repository to scan (default: the current folder).");
            }

            if (parse.GetValue(staged) && parse.GetValue(updateBaseline))
            {
                throw new CliUsageException("--update-baseline rewrites the baseline from a whole-repository scan; run it without --staged.");
            }

            var files = parse.GetValue(staged) ? RepositoryFiles.Staged(root) : RepositoryFiles.Enumerate(root);
            var problems = new List<string>();
            var progress = ScanProgress.ForConsole();
            var lines = FindingFingerprints.LinesOf();
            var scanFindings = RepositoryScan.Run(files, parse.GetValue(user)!, problems, lines, progress).ToList();
            if (!parse.GetValue(noCSharp))
            {
                var csharpFiles = files.Files.Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase));
                scanFindings.AddRange(await Scanning.CSharp.CSharpScan.RunAsync(files.Root, csharpFiles, problems, progress, cancellationToken));
            }

            progress.Finish();
            var fingerprinted = FindingFingerprints.Of(files, scanFindings, lines);
            var baselinePath = Path.GetFullPath(parse.GetValue(baseline) ?? Path.Combine(root, Detection.Baseline.BaselineFile.DefaultFileName));
            var accepted = ScanBaseline.Load(baselinePath);
            if (parse.GetValue(updateBaseline))
            {
                var (added, removed) = ScanBaseline.Write(baselinePath, accepted, fingerprinted);
                Console.Error.WriteLine($"{baselinePath}: {fingerprinted.Count} entries for the scan's rules ({added} new, needing a justification before they accept anything; {removed} stale removed).");
                accepted = ScanBaseline.Load(baselinePath);
            }

            if (accepted is not null)
            {
                foreach (var (line, message) in accepted.File.Problems)
                {
                    problems.Add($"{Path.GetFileName(baselinePath)}({line}): {message}");
                }

                var (remaining, stale) = accepted.Apply(fingerprinted);
                // A --staged scan saw only some files: an entry for a file it did not read is not stale.
                var scanned = new HashSet<string>(files.Files.Select(files.Relative), StringComparer.Ordinal);
                foreach (var entry in stale.Where(e => !parse.GetValue(staged) || scanned.Contains(e.Path)))
                {
                    problems.Add($"{Path.GetFileName(baselinePath)}({entry.Line}): the baseline entry for {entry.Rule} in {entry.Path} (fingerprint {entry.Fingerprint}) matches no finding; delete it or run --update-baseline");
                }

                if (remaining.Count < fingerprinted.Count)
                {
                    problems.Add($"{fingerprinted.Count - remaining.Count} finding(s) accepted by {Path.GetFileName(baselinePath)}");
                }

                fingerprinted = remaining;
            }

            var findings = fingerprinted.Select(f => f.Finding).ToList();
            var report = parse.GetValue(format) switch
            {
                "json" => ScanReport.Json(files, findings, problems),
                "sarif" => SarifReport.Create(files, fingerprinted),
                _ => ScanReport.Text(files, findings, problems),
            };
            if (parse.GetValue(output) is { } file)
            {
                try
                {
                    File.WriteAllText(file, report);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliUsageException($"cannot write the report to '{file}': {e.Message}");
                }
            }
            else
            {
                Console.Out.Write(report);
            }

            return findings.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }
}
