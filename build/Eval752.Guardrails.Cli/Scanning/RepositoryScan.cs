using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.Containers;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Repository;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Cli.Scanning;

/// <summary>
/// The repository-file rules the build runs, over a whole repository: every <c>.env.example</c>
/// (EG0206-EG0208, and EG0204 against the Configuration docs beside it at the repository root), every
/// Dockerfile (EG0303), every CI configuration (EG0302), frontend code, bundles and env files (EG0304) and every real <c>.env</c> file not ignored by the root <c>.gitignore</c> (EG0305).
/// The same Detection checks as the MSBuild tasks, so build and scan agree.
/// </summary>
internal static class RepositoryScan
{
    /// <summary>Larger files are not configuration anyone edits by hand; they are skipped and named, so a 1 GB file cannot exhaust memory.</summary>
    public const long MaximumFileBytes = 16 * 1024 * 1024;

    public static IReadOnlyList<FileFinding> Run(RepositoryFiles files, string containerUser, List<string> problems, ScanProgress? progress = null)
    {
        var findings = new List<FileFinding>();
        bool Readable(string path)
        {
            var length = new FileInfo(path).Length;
            progress?.Advance(files.Relative(path), length);
            if (length <= MaximumFileBytes)
            {
                return true;
            }

            problems.Add($"{files.Relative(path)}: {length / (1024 * 1024)} MiB, larger than the {MaximumFileBytes / (1024 * 1024)} MiB a scanned file may have; not scanned");
            return false;
        }

        var docsPath = Path.Combine(files.Root, "docs", "configuration.md");
        foreach (var envExample in files.Named(name => name == ".env.example").Where(Readable))
        {
            var bytes = File.ReadAllBytes(envExample);
            findings.AddRange(EnvExampleChecks.Check(envExample, bytes));
            if (Path.GetDirectoryName(envExample) == files.Root && File.Exists(docsPath))
            {
                findings.AddRange(ListingAgreement.Check(envExample, Decode(bytes), docsPath, File.ReadAllText(docsPath), ConfigurationVariable.DefaultFrameworkPatterns));
            }
        }

        foreach (var dockerfile in files.Named(IsDockerfile).Where(Readable))
        {
            findings.AddRange(ContainerUserCheck.Check(dockerfile, File.ReadAllText(dockerfile), containerUser));
        }

        foreach (var ci in files.Files.Where(f => CiWorkflowCheck.IsCiFile(files.Relative(f))).Where(Readable))
        {
            findings.AddRange(CiWorkflowCheck.Check(ci, File.ReadAllText(ci)));
        }

        foreach (var code in files.Named(FrontendExposure.IsFrontendCode).Where(Readable))
        {
            findings.AddRange(FrontendExposure.CheckCode(code, File.ReadAllText(code)));
        }

        foreach (var envFile in files.Named(name => name.StartsWith(".env", StringComparison.Ordinal)).Where(Readable))
        {
            findings.AddRange(FrontendExposure.CheckEnvFile(envFile, File.ReadAllText(envFile)));
        }

        var gitignore = Path.Combine(files.Root, ".gitignore");
        var ignoreRules = File.Exists(gitignore) ? File.ReadAllLines(gitignore) : [];
        foreach (var envFile in files.Named(EnvFiles.IsRealEnvFile))
        {
            if (!EnvFiles.IsIgnored(ignoreRules, Path.GetFileName(envFile)))
            {
                findings.Add(new FileFinding(
                    RuleCatalog.TrackedEnvFile,
                    envFile,
                    1,
                    1,
                    $"{files.Relative(envFile)} is a real environment file and the repository's .gitignore does not ignore it; add .env and .env.* (with !.env.example) to .gitignore, and if git already tracks it, run 'git rm --cached' and rotate its secrets"));
            }
        }

        return findings;
    }

    /// <summary>The bytes already read for EG0206-EG0208, decoded as File.ReadAllText would (BOM detection), so the file is read once.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    internal static bool IsDockerfile(string name) =>
        name.StartsWith("Dockerfile", StringComparison.Ordinal) || name.EndsWith(".Dockerfile", StringComparison.Ordinal);
}
