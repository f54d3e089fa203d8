namespace Eval752.Guardrails.Detection.Baseline;

/// <summary>
/// One accepted finding: rule id + fingerprint + repository-relative path (no line numbers, so edits
/// around it keep it matched), with its justification and the 1-based line of the entry in the file.
/// </summary>
internal sealed record BaselineEntry(string Rule, string Fingerprint, string Path, string Justification, int Line)
{
    public string Key => Keys(Rule, Fingerprint, Path);

    public static string Keys(string rule, string fingerprint, string path) => rule + "|" + fingerprint + "|" + path;
}
