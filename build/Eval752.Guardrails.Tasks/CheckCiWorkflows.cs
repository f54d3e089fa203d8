using System.Collections.Generic;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Repository;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks;

/// <summary>EG0302: the repository's CI configurations reference secrets instead of holding them (<see cref="CiWorkflowCheck"/>).</summary>
public sealed class CheckCiWorkflows : GuardrailsTask
{
    /// <summary>The CI files of the repository (the targets list <c>.github/workflows/*.yml|yaml</c>, <c>.gitlab-ci.yml</c>, <c>azure-pipelines.yml</c>).</summary>
    public ITaskItem[] CiFiles { get; set; } = [];

    private protected override IEnumerable<FileFinding> Run() => CheckEach(CiFiles, CiWorkflowCheck.Check);
}
