namespace Eval752.Guardrails.Cli.Auditing;

/// <summary>One item of the playbook's quarterly checklist: what was checked, how many files, and what failed (never a secret value).</summary>
internal sealed record AuditCheck(string Id, string Title, AuditStatus Status, int Checked, IReadOnlyList<AuditItem> Items, string? Note = null)
{
    public static AuditCheck From(string id, string title, int checkedCount, IReadOnlyList<AuditItem> items, string? skippedBecause = null) =>
        new(id, title, skippedBecause is not null ? AuditStatus.Skipped : items.Count == 0 ? AuditStatus.Pass : AuditStatus.Fail, checkedCount, items, skippedBecause);
}

internal sealed record AuditItem(string File, int Line, string Message);

internal enum AuditStatus
{
    Pass,
    Fail,
    Skipped,
}
