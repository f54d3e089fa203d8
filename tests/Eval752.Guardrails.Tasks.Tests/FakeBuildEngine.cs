using System.Collections;
using System.Globalization;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks.Tests;

/// <summary>
/// Records everything a task logs, in order, as canonical lines
/// (<c>error EG0207 file(3,16): message</c>) so a test can compare the whole log at once.
/// </summary>
internal sealed class FakeBuildEngine : IBuildEngine
{
    private readonly List<string> log = [];

    public IReadOnlyList<string> Log => log;

    /// <summary>Errors and warnings only, the part of the log a user acts on.</summary>
    public IReadOnlyList<string> Findings => [.. log.Where(line => line.StartsWith("error ", StringComparison.Ordinal) || line.StartsWith("warning ", StringComparison.Ordinal))];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "fake.proj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException("Guardrails tasks never build other projects.");

    public void LogErrorEvent(BuildErrorEventArgs e) =>
        log.Add(Format("error", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message));

    public void LogWarningEvent(BuildWarningEventArgs e) =>
        log.Add(Format("warning", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message));

    public void LogMessageEvent(BuildMessageEventArgs e) => log.Add($"message {e.Message}");

    public void LogCustomEvent(CustomBuildEventArgs e) => log.Add($"custom {e.Message}");

    private static string Format(string severity, string? code, string? file, int line, int column, string? message) =>
        string.Create(CultureInfo.InvariantCulture, $"{severity} {code} {Path.GetFileName(file)}({line},{column}): {message}");
}
