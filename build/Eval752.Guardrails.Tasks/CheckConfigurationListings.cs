using System.Collections.Generic;
using System.IO;
using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.Findings;

namespace Eval752.Guardrails.Tasks;

/// <summary>
/// EG0204: the repository's .env.example and its Configuration docs list the same variables. Runs only
/// when both files exist (a missing .env.example is EG0207's, missing docs EG0202's).
/// </summary>
public sealed class CheckConfigurationListings : GuardrailsTask
{
    public string EnvExamplePath { get; set; } = string.Empty;

    public string ConfigurationDocsPath { get; set; } = string.Empty;

    /// <summary>The <c>Eval752FrameworkKeys</c> property: keys that may be listed in one file only.</summary>
    public string? FrameworkKeys { get; set; }

    private protected override IEnumerable<FileFinding> Run()
    {
        if (!File.Exists(EnvExamplePath) || !File.Exists(ConfigurationDocsPath))
        {
            return [];
        }

        // Undecodable bytes are EG0208's to report; here they only need to not stop the comparison.
        return ListingAgreement.Check(
            Path.GetFullPath(EnvExamplePath),
            File.ReadAllText(EnvExamplePath),
            Path.GetFullPath(ConfigurationDocsPath),
            File.ReadAllText(ConfigurationDocsPath),
            ConfigurationVariable.FrameworkPatterns(FrameworkKeys));
    }
}
