namespace Eval752.Guardrails.Testing.Builds;

/// <summary>One diagnostic a real build printed. <see cref="File"/> is relative to the fixture (forward slashes) when inside it.</summary>
public sealed record BuildDiagnostic(string Id, string Severity, string File, int Line, int Column, string Message)
{
    /// <summary>The compact form tests compare: <c>EG0004 Program.cs 5 11</c>.</summary>
    public string Key => $"{Id} {File} {Line} {Column}";
}
