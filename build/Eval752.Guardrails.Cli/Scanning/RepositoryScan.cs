using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.Containers;
using Eval752.Guardrails.Detection.FileSystem;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Repository;
using Eval752.Guardrails.Detection.Repository.Files;
using Eval752.Guardrails.Detection.Rules;
using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Cli.Scanning;

/// <summary>
/// The repository-file rules the build runs, over a whole repository, in one pass that reads each file once:
/// every <c>.env.example</c> (EG0206-EG0208, and EG0204 against the Configuration docs beside it at the repository
/// root), secrets in repository files (EG0301), CI configurations (EG0302), Dockerfiles (EG0303), frontend code,
/// bundles and env files (EG0304) and real <c>.env</c> files no <c>.gitignore</c> from the root down to their folder ignores (EG0305).
/// The same Detection checks as the MSBuild tasks, so build and scan agree; then inline
/// <c>eval752-guard:allow</c> comments are applied. A file that cannot be read as text is named in the problems
/// and the scan goes on.
/// </summary>
internal sealed class RepositoryScan
{
    private readonly string root;
    private readonly string containerUser;
    private readonly string docsPath;
    private readonly GitIgnoreRules ignoreRules;

    public RepositoryScan(string root, string containerUser)
    {
        this.root = root;
        this.containerUser = containerUser;
        docsPath = Path.Combine(root, "docs", "configuration.md");
        ignoreRules = new GitIgnoreRules(root);
    }

    /// <param name="lines">The findings' lines, for inline suppression; pass the same instance to the fingerprints so a file is read once.</param>
    public static IReadOnlyList<FileFinding> Run(RepositoryFiles files, string containerUser, List<string> problems, FindingLines lines, ScanProgress? progress = null)
    {
        var scan = new RepositoryScan(files.Root, containerUser);
        var findings = new List<FileFinding>();
        foreach (var path in files.Files)
        {
            var relative = files.Relative(path);
            var rules = scan.RulesFor(path, relative);
            if (rules.TrackedEnvFile)
            {
                findings.Add(new FileFinding(
                    RuleCatalog.TrackedEnvFile,
                    path,
                    1,
                    1,
                    $"{relative} is a real environment file and no .gitignore of the repository ignores it; add .env and .env.* (with !.env.example) to .gitignore, and if git already tracks it, run 'git rm --cached' and rotate its secrets"));
            }

            if (!rules.ReadsText)
            {
                continue;
            }

            var text = RepositoryText.Read(path, out var problem);
            progress?.Advance(relative, text?.Length ?? 0);
            if (problem is not null)
            {
                problems.Add($"{relative}: {problem}");
            }

            if (text is not null)
            {
                scan.Check(path, text, rules, findings);
            }
        }

        return InlineSuppression.Apply(findings, lines);
    }

    /// <summary>Which rules apply to a file, from its name and repository-relative path alone.</summary>
    public FileRules RulesFor(string path, string relative)
    {
        var name = Path.GetFileName(path);
        var realEnvFile = EnvFiles.IsRealEnvFile(name);
        var ignoredEnvFile = realEnvFile && ignoreRules.Ignores(path);
        return new FileRules(
            EnvExample: name == ".env.example",
            Dockerfile: IsDockerfile(name),
            Ci: CiWorkflowCheck.IsCiFile(relative),
            FrontendCode: FrontendExposure.IsFrontendCode(name),
            EnvFile: name.StartsWith(".env", StringComparison.Ordinal),
            TrackedEnvFile: realEnvFile && !ignoredEnvFile,
            SecretsKind: ignoredEnvFile ? RepositoryFileKind.None : RepositoryFileKinds.Classify(relative));
    }

    /// <summary>Runs the file's rules over its text; the engine's pass, the expensive part, is shared by EG0301 and EG0304.</summary>
    public void Check(string path, string text, FileRules rules, List<FileFinding> findings)
    {
        if (rules.EnvExample)
        {
            findings.AddRange(EnvExampleChecks.Check(path, File.ReadAllBytes(path))); // bytes: EG0208 judges the encoding itself
            if (Path.GetDirectoryName(path) == root && File.Exists(docsPath))
            {
                findings.AddRange(ListingAgreement.Check(path, text, docsPath, File.ReadAllText(docsPath), ConfigurationVariable.DefaultFrameworkPatterns));
            }
        }

        if (rules.Dockerfile)
        {
            findings.AddRange(ContainerUserCheck.Check(path, text, containerUser));
        }

        if (rules.Ci)
        {
            findings.AddRange(CiWorkflowCheck.Check(path, text));
        }

        var shapes = rules.FrontendCode || rules.SecretsKind != RepositoryFileKind.None ? SecretScanner.Scan(text) : [];
        if (rules.FrontendCode)
        {
            findings.AddRange(FrontendExposure.CheckCode(path, text, shapes));
        }

        if (rules.EnvFile)
        {
            findings.AddRange(FrontendExposure.CheckEnvFile(path, text));
        }

        findings.AddRange(RepositorySecretsCheck.Check(path, text, rules.SecretsKind, shapes));
    }

    internal static bool IsDockerfile(string name) =>
        name.StartsWith("Dockerfile", StringComparison.Ordinal) || name.EndsWith(".Dockerfile", StringComparison.Ordinal);

    /// <summary>The rules a file gets; <see cref="ReadsText"/> when any of them needs its content.</summary>
    internal readonly record struct FileRules(bool EnvExample, bool Dockerfile, bool Ci, bool FrontendCode, bool EnvFile, bool TrackedEnvFile, RepositoryFileKind SecretsKind)
    {
        public bool ReadsText => EnvExample || Dockerfile || Ci || FrontendCode || EnvFile || SecretsKind != RepositoryFileKind.None;
    }
}
