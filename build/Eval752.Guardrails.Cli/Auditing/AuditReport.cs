using System.Text;
using System.Text.Json;

namespace Eval752.Guardrails.Cli.Auditing;

/// <summary>The audit as text (one line per check, its failures indented) or JSON (for the audit record).</summary>
internal static class AuditReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Text(string root, IReadOnlyList<AuditCheck> checks)
    {
        var text = new StringBuilder();
        text.Append("Quarterly audit of ").Append(root).Append(" (playbook section 7)\n");
        foreach (var check in checks)
        {
            var status = check.Status switch { AuditStatus.Pass => "PASS", AuditStatus.Fail => "FAIL", _ => "SKIP" };
            text.Append('[').Append(status).Append("] ").Append(check.Title);
            text.Append(check.Status == AuditStatus.Skipped ? $": {check.Note}" : $" ({check.Checked} file(s) checked)").Append('\n');
            foreach (var item in check.Items)
            {
                text.Append("       ").Append(item.File).Append('(').Append(item.Line).Append("): ").Append(item.Message).Append('\n');
            }
        }

        text.Append("Not automated here: confirm the vault and backups hold the current ENCRYPTION_KEY, and run container and dependency scans (Grype/Trivy, pip-audit).\n");
        return text.ToString();
    }

    public static string Json(string root, IReadOnlyList<AuditCheck> checks) => JsonSerializer.Serialize(
        new
        {
            root,
            passed = checks.All(c => c.Status != AuditStatus.Fail),
            checks = checks.Select(c => new
            {
                id = c.Id,
                title = c.Title,
                status = c.Status.ToString().ToLowerInvariant(),
                @checked = c.Checked,
                note = c.Note,
                items = c.Items.Select(i => new { file = i.File, line = i.Line, message = i.Message }),
            }),
        },
        Indented);
}
