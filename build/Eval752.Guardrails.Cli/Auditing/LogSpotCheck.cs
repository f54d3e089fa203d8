using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Cli.Auditing;

/// <summary>
/// Playbook section 7, "spot check logs to ensure secrets are redacted": every line of the given log files through
/// the detection engine (provider keys, connection-string and URL credentials, Authorization headers, private keys).
/// Read line by line, so a log of any size runs in bounded memory; a finding names the kind, line and fingerprint.
/// </summary>
internal static class LogSpotCheck
{
    /// <summary>Lines longer than this are cut: a minified blob in a log is not where a redaction slip hides, and it bounds the work.</summary>
    private const int MaximumLineLength = 64 * 1024;

    public static AuditCheck Check(IReadOnlyList<string> logs)
    {
        const string Title = "Logs show no unredacted secrets (spot check)";
        if (logs.Count == 0)
        {
            return AuditCheck.From("logs", Title, 0, [], skippedBecause: "no --logs given");
        }

        var items = new List<AuditItem>();
        foreach (var log in logs)
        {
            if (!File.Exists(log))
            {
                throw new CliUsageException($"--logs: '{log}' does not exist; pass log files exported from each environment.");
            }

            var number = 0;
            foreach (var line in File.ReadLines(log))
            {
                number++;
                var text = line.Length > MaximumLineLength ? line.Substring(0, MaximumLineLength) : line;
                foreach (var finding in SecretScanner.Scan(text))
                {
                    if (finding.Confidence >= SecretConfidence.Medium)
                    {
                        items.Add(new AuditItem(log, number, $"an unredacted {finding.Kind} secret ({finding.Length} characters, fingerprint {finding.Fingerprint}); find the log statement (EG0101 flags it in code), rotate the secret"));
                    }
                }
            }
        }

        return AuditCheck.From("logs", Title, logs.Count, items);
    }
}
