namespace Eval752.Guardrails.Detection.Baseline;

/// <summary>One accepted finding: rule id + fingerprint + repository-relative path (no line numbers, so edits around it keep it matched).</summary>
internal sealed class BaselineEntry
{
    public BaselineEntry(string rule, string fingerprint, string path, string justification, int line)
    {
        Rule = rule;
        Fingerprint = fingerprint;
        Path = path;
        Justification = justification;
        Line = line;
    }

    public string Rule { get; }

    public string Fingerprint { get; }

    public string Path { get; }

    public string Justification { get; }

    /// <summary>1-based line of the entry in the baseline file.</summary>
    public int Line { get; }

    public string Key => Keys(Rule, Fingerprint, Path);

    public static string Keys(string rule, string fingerprint, string path) => rule + "|" + fingerprint + "|" + path;
}
