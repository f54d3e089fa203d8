namespace Eval752.Guardrails.Testing.Builds;

/// <summary>The outcome of one real <c>dotnet build</c>: exit code, parsed diagnostics and the whole log.</summary>
public sealed record BuildRun(int ExitCode, IReadOnlyList<BuildDiagnostic> Diagnostics, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public IReadOnlyList<string> DiagnosticKeys => Diagnostics.Select(d => d.Key).Order(StringComparer.Ordinal).ToArray();

    public bool SkippedTarget(string target) =>
        Output.Contains($"Skipping target \"{target}\" because all output files are up-to-date", StringComparison.Ordinal);

    public bool RanTarget(string target) =>
        Output.Contains($"Target \"{target}\" in file", StringComparison.Ordinal)
        && !SkippedTarget(target);
}
