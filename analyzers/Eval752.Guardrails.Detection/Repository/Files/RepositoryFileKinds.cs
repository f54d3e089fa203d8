using System;

namespace Eval752.Guardrails.Detection.Repository.Files;

/// <summary>
/// Which of EG0301's readers a repository file gets, from its repository-relative path. This is also the
/// default file set of <c>eval752-guard scan</c>; the build's default item group (<c>Eval752RepositoryFile</c>)
/// lists the same patterns, and an item can name its kind in <c>Eval752Kind</c> metadata to override this.
/// </summary>
internal static class RepositoryFileKinds
{
    private static readonly string[] AssignmentExtensions = { ".sh", ".bash", ".zsh", ".ps1", ".psm1", ".cmd", ".bat", ".ini", ".properties", ".toml", ".tfvars" };

    private static readonly string[] BundleExtensions = { ".js", ".mjs", ".cjs", ".html", ".htm", ".map" };

    private static readonly string[] BundleFolders = { "wwwroot/", "dist/", "build/" };

    private static readonly string[] KeyFileExtensions = { ".pem", ".key", ".p8" };

    private static readonly string[] KeyFileNames = { "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519" };

    public static RepositoryFileKind Classify(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var name = path.Substring(path.LastIndexOf('/') + 1);
        if (CiWorkflowCheck.IsCiFile(path))
        {
            return RepositoryFileKind.CiConfiguration;
        }

        if (EndsWith(name, ".yml") || EndsWith(name, ".yaml"))
        {
            return RepositoryFileKind.Yaml;
        }

        if (EndsWith(name, ".json"))
        {
            return (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && !EndsWith(name, ".schema.json"))
                || Is(name, "launchSettings.json") || Is(name, "local.settings.json") || Is(name, "secrets.json")
                ? RepositoryFileKind.Json
                : RepositoryFileKind.None;
        }

        if (EndsWith(name, ".config"))
        {
            return RepositoryFileKind.XmlConfig;
        }

        if (name.StartsWith("Dockerfile", StringComparison.Ordinal) || EndsWith(name, ".Dockerfile") || name == "Containerfile" || name == "credentials" || Is(name, ".npmrc") || Is(name, ".yarnrc") || Is(name, ".pypirc") || EndsWithAny(name, AssignmentExtensions))
        {
            return RepositoryFileKind.Assignments;
        }

        if (Is(name, ".env.example"))
        {
            return RepositoryFileKind.None;
        }

        if (Is(name, ".env") || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase) || (name.Length > 4 && EndsWith(name, ".env")))
        {
            return RepositoryFileKind.DotEnv;
        }

        if (EndsWithAny(name, BundleExtensions) && InBundleFolder(path))
        {
            return RepositoryFileKind.Bundle;
        }

        // Key files: whatever they hold, only a shape (a PEM private key) can be judged.
        if (EndsWithAny(name, KeyFileExtensions) || Array.IndexOf(KeyFileNames, name) >= 0)
        {
            return RepositoryFileKind.Text;
        }

        return RepositoryFileKind.None;
    }

    /// <summary>The kind an item's <c>Eval752Kind</c> metadata names (case-insensitive), or null when it names none.</summary>
    public static RepositoryFileKind? Parse(string? name) =>
        !string.IsNullOrEmpty(name) && Enum.TryParse<RepositoryFileKind>(name, ignoreCase: true, out var kind) && kind != RepositoryFileKind.None ? kind : null;

    private static bool InBundleFolder(string path)
    {
        foreach (var folder in BundleFolders)
        {
            if (path.StartsWith(folder, StringComparison.OrdinalIgnoreCase) || path.IndexOf("/" + folder, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(string name, string[] extensions)
    {
        foreach (var extension in extensions)
        {
            if (EndsWith(name, extension))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWith(string name, string suffix) => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private static bool Is(string name, string other) => string.Equals(name, other, StringComparison.OrdinalIgnoreCase);
}
