namespace Eval752.Guardrails.Detection.Repository.Files;

/// <summary>How EG0301 reads a repository file: which structure names its values.</summary>
internal enum RepositoryFileKind
{
    /// <summary>Not one of EG0301's files.</summary>
    None,

    /// <summary><c>appsettings*.json</c>, <c>launchSettings.json</c>, <c>local.settings.json</c>, <c>secrets.json</c>: key paths.</summary>
    Json,

    /// <summary><c>*.yml</c>/<c>*.yaml</c>: compose files, Kubernetes manifests, Helm values.</summary>
    Yaml,

    /// <summary>CI configurations: EG0302 judges their secret-named values, EG0301 only the engine's shapes.</summary>
    CiConfiguration,

    /// <summary><c>*.config</c>: XML attributes and element texts.</summary>
    XmlConfig,

    /// <summary>Dockerfiles, shell and PowerShell scripts, batch files, <c>.ini</c>/<c>.properties</c>/<c>.toml</c>/<c>.tfvars</c>, AWS <c>credentials</c> files.</summary>
    Assignments,

    /// <summary><c>.env*</c> files other than <c>.env.example</c> (which EG0206 checks).</summary>
    DotEnv,

    /// <summary>Key files (<c>*.pem</c>, <c>*.key</c>, <c>*.p8</c>, <c>id_rsa</c>, …) and any other text a build names (an <c>Eval752RepositoryFile</c> item of no known kind): the engine's shapes only.</summary>
    Text,

    /// <summary>Built frontend assets (<c>wwwroot</c>, <c>dist</c>, <c>build</c>): minified, so only the engine's shapes count.</summary>
    Bundle,
}
