using System.Collections.Generic;
using System.IO;
using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Rules;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks;

/// <summary>Checks the repository's .env.example: it parses (EG0208) and ENCRYPTION_KEY shows the 64-hex format (EG0207).</summary>
public sealed class CheckEnvExample : GuardrailsTask
{
    /// <summary>Full path of the .env.example to check; it may not exist.</summary>
    [Required]
    public string EnvExamplePath { get; set; } = string.Empty;

    private protected override IEnumerable<FileFinding> Run()
    {
        var path = Path.GetFullPath(EnvExamplePath);
        if (Directory.Exists(path))
        {
            throw new GuardrailsTaskException(
                DiagnosticIds.TaskFailure,
                path,
                $"'{path}' is a folder, not a file; point the Eval752EnvExample property at the .env.example file itself.");
        }

        return File.Exists(path)
            ? EnvExampleChecks.Check(path, File.ReadAllBytes(path))
            : EnvExampleChecks.MissingFile(path);
    }
}
