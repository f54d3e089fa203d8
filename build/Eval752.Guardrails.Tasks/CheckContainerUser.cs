using System.Collections.Generic;
using Eval752.Guardrails.Detection.Containers;
using Eval752.Guardrails.Detection.Findings;
using Microsoft.Build.Framework;

namespace Eval752.Guardrails.Tasks;

/// <summary>EG0303: each Dockerfile of the project runs its final stage as the non-root user (<see cref="ContainerUserCheck"/>).</summary>
public sealed class CheckContainerUser : GuardrailsTask
{
    /// <summary>The <c>Eval752ContainerFile</c> items: the project's Dockerfiles by default.</summary>
    public ITaskItem[] ContainerFiles { get; set; } = [];

    /// <summary>The <c>Eval752ContainerUser</c> property, default <c>eval752</c>.</summary>
    public string? ContainerUser { get; set; }

    private protected override IEnumerable<FileFinding> Run()
    {
        var user = string.IsNullOrWhiteSpace(ContainerUser) ? ContainerUserCheck.DefaultUser : ContainerUser!.Trim();
        return CheckEach(ContainerFiles, (path, text) => ContainerUserCheck.Check(path, text, user));
    }
}
