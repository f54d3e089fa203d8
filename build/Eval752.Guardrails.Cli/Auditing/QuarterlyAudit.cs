using Eval752.Guardrails.Cli.Scanning;
using Eval752.Guardrails.Detection.Repository;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Cli.Auditing;

/// <summary>
/// The automatable part of the playbook's quarterly audit (section 7), run over a checkout (and, on an operator's
/// machine, its real env files): unique PostgreSQL/Redis credentials per environment, CI configurations without
/// plaintext secrets, containers that run as the non-root user, <c>.env.example</c> with placeholders only, and
/// (with <c>--logs</c>) a spot check of exported logs. The repository checks reuse the scan's rules.
/// </summary>
internal static class QuarterlyAudit
{
    public static IReadOnlyList<AuditCheck> Run(string root, string containerUser, IReadOnlyList<string> logs)
    {
        var files = RepositoryFiles.Enumerate(root);
        var findings = RepositoryScan.Run(files, containerUser, [], FindingFingerprints.LinesOf());
        IReadOnlyList<AuditItem> Of(params string[] ids) =>
            [.. findings.Where(f => ids.Contains(f.Rule.Id)).Select(f => new AuditItem(files.Relative(f.Path), f.Line, $"{f.Rule.Id}: {f.Message}"))];

        return
        [
            EnvironmentCredentials.Check(files.Files, files.Relative),
            AuditCheck.From("ci-plaintext", "CI configurations hold no plaintext secrets", files.Files.Count(f => CiWorkflowCheck.IsCiFile(files.Relative(f))), Of(DiagnosticIds.CiPlaintextValue)),
            AuditCheck.From("containers-non-root", $"Containers run as the non-root user {containerUser}", files.Named(RepositoryScan.IsDockerfile).Count(), Of(DiagnosticIds.ContainerNotNonRoot)),
            AuditCheck.From("env-example-placeholders", ".env.example holds placeholders only", files.Named(name => name == ".env.example").Count(), Of(DiagnosticIds.RealSecretInEnvExample, DiagnosticIds.EncryptionKeyPlaceholderFormat)),
            LogSpotCheck.Check(logs),
        ];
    }
}
