namespace Eval752.Guardrails.Cli;

/// <summary>The CLI's exit codes (DESIGN section 8).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Findings, or a rotation step refused or left work undone.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, configuration or I/O.</summary>
    public const int UsageOrIo = 2;
}
