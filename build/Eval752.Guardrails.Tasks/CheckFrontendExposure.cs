using System.Collections.Generic;
using System.IO;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Repository;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks;

/// <summary>EG0304: the project's frontend code, bundles and <c>.env*</c> files keep provider keys out of the browser (<see cref="FrontendExposure"/>).</summary>
public sealed class CheckFrontendExposure : GuardrailsTask
{
    /// <summary>Larger files are skipped: a bundle that size is not something a key check can read in a build's time.</summary>
    private const long MaximumFileBytes = 16 * 1024 * 1024;

    /// <summary>JS/TS/HTML sources and built assets (<c>Eval752FrontendFile</c> items; the project's by default).</summary>
    public ITaskItem[] FrontendFiles { get; set; } = [];

    /// <summary>The project's <c>.env*</c> files, where public-prefixed variables are declared.</summary>
    public ITaskItem[] EnvFiles { get; set; } = [];

    private protected override IEnumerable<FileFinding> Run()
    {
        var findings = new List<FileFinding>();
        foreach (var item in FrontendFiles)
        {
            var path = item.GetMetadata("FullPath");
            if (File.Exists(path) && new FileInfo(path).Length <= MaximumFileBytes)
            {
                findings.AddRange(FrontendExposure.CheckCode(path, File.ReadAllText(path)));
            }
        }

        foreach (var item in EnvFiles)
        {
            var path = item.GetMetadata("FullPath");
            if (File.Exists(path) && new FileInfo(path).Length <= MaximumFileBytes)
            {
                findings.AddRange(FrontendExposure.CheckEnvFile(path, File.ReadAllText(path)));
            }
        }

        return findings;
    }
}
