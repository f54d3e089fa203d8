using System.Collections.Generic;
using System.Linq;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Repository;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks;

/// <summary>EG0304: the project's frontend code, bundles and <c>.env*</c> files keep provider keys out of the browser (<see cref="FrontendExposure"/>).</summary>
public sealed class CheckFrontendExposure : GuardrailsTask
{
    /// <summary>JS/TS/HTML sources and built assets (<c>Eval752FrontendFile</c> items; the project's by default).</summary>
    public ITaskItem[] FrontendFiles { get; set; } = [];

    /// <summary>The project's <c>.env*</c> files, where public-prefixed variables are declared.</summary>
    public ITaskItem[] EnvFiles { get; set; } = [];

    private protected override IEnumerable<FileFinding> Run() =>
        CheckEach(FrontendFiles, FrontendExposure.CheckCode).Concat(CheckEach(EnvFiles, FrontendExposure.CheckEnvFile));
}
