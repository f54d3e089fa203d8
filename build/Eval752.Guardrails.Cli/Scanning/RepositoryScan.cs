using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.Containers;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Repository;
using Eval752.Guardrails.Detection.FileSystem;
using Eval752.Guardrails.Detection.Repository.Files;
using Eval752.Guardrails.Detection.Rules;
using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Cli.Scanning;

/// <summary>
/// The repository-file rules the build runs, over a whole repository, in one pass that reads each file once:
/// every <c>.env.example</c> (EG0206-EG0208, and EG0204 against the Configuration docs beside it at the repository
/// root), secrets in repository files (EG0301), CI configurations (EG0302), Dockerfiles (EG0303), frontend code,
/// bundles and env files (EG0304) and real <c>.env</c> files not ignored by the root <c>.gitignore</c> (EG0305).
/// The same Detection checks as the MSBuild tasks, so build and scan agree; then inline
/// <c>eval752-guard:allow</c> comments are applied. A file that cannot be read as text is named in
/// <paramref name="problems"/> and the scan goes on.
/// </summary>
internal static class RepositoryScan
{
    public static IReadOnlyList<FileFinding> Run(RepositoryFiles files, string containerUser, List<string> problems, ScanProgress? progress = null)
    {
        var findings = new List<FileFinding>();
        var docsPath = Path.Combine(files.Root, "docs", "configuration.md");
        var gitignore = Path.Combine(files.Root, ".gitignore");
        var ignoreRules = File.Exists(gitignore) ? File.ReadAllLines(gitignore) : [];
        foreach (var path in files.Files)
        {
            var name = Path.GetFileName(path);
            var relative = files.Relative(path);
            var isEnvExample = name == ".env.example";
            var isDockerfile = IsDockerfile(name);
            var isCi = CiWorkflowCheck.IsCiFile(relative);
            var isFrontendCode = FrontendExposure.IsFrontendCode(name);
            var isEnvFile = name.StartsWith(".env", StringComparison.Ordinal);
            var ignoredEnvFile = EnvFiles.IsRealEnvFile(name) && EnvFiles.IsIgnored(ignoreRules, name);
            var secretsKind = ignoredEnvFile ? RepositoryFileKind.None : RepositoryFileKinds.Classify(relative);
            if (EnvFiles.IsRealEnvFile(name) && !ignoredEnvFile)
            {
                findings.Add(new FileFinding(
                    RuleCatalog.TrackedEnvFile,
                    path,
                    1,
                    1,
                    $"{relative} is a real environment file and the repository's .gitignore does not ignore it; add .env and .env.* (with !.env.example) to .gitignore, and if git already tracks it, run 'git rm --cached' and rotate its secrets"));
            }

            if (!(isEnvExample || isDockerfile || isCi || isFrontendCode || isEnvFile || secretsKind != RepositoryFileKind.None))
            {
                continue;
            }

            var text = RepositoryText.Read(path, out var problem);
            progress?.Advance(relative, text?.Length ?? 0);
            if (problem is not null)
            {
                problems.Add($"{relative}: {problem}");
            }

            if (text is null)
            {
                continue;
            }

            if (isEnvExample)
            {
                findings.AddRange(EnvExampleChecks.Check(path, File.ReadAllBytes(path))); // bytes: EG0208 judges the encoding itself
                if (Path.GetDirectoryName(path) == files.Root && File.Exists(docsPath))
                {
                    findings.AddRange(ListingAgreement.Check(path, text, docsPath, File.ReadAllText(docsPath), ConfigurationVariable.DefaultFrameworkPatterns));
                }
            }

            if (isDockerfile)
            {
                findings.AddRange(ContainerUserCheck.Check(path, text, containerUser));
            }

            if (isCi)
            {
                findings.AddRange(CiWorkflowCheck.Check(path, text));
            }

            // The engine's pass over the text is the expensive part: EG0304 and EG0301 share it.
            var shapes = isFrontendCode || secretsKind != RepositoryFileKind.None ? SecretScanner.Scan(text) : [];
            if (isFrontendCode)
            {
                findings.AddRange(FrontendExposure.CheckCode(path, text, shapes));
            }

            if (isEnvFile)
            {
                findings.AddRange(FrontendExposure.CheckEnvFile(path, text));
            }

            findings.AddRange(RepositorySecretsCheck.Check(path, text, secretsKind, shapes));
        }

        return InlineSuppression.Apply(findings, path => RepositoryText.Read(path, out _));
    }

    internal static bool IsDockerfile(string name) =>
        name.StartsWith("Dockerfile", StringComparison.Ordinal) || name.EndsWith(".Dockerfile", StringComparison.Ordinal);
}
