using System.Reflection;

namespace Eval752.Guardrails.Testing.Builds;

/// <summary>
/// Packs Eval752.Guardrails from this checkout, with a version unique to the test run, into a
/// temporary local feed. A unique version means no NuGet cache can hand back older bits.
/// </summary>
public sealed class GuardrailsPackageFeed : IDisposable
{
    public const string PackageId = "Eval752.Guardrails";

    private GuardrailsPackageFeed(string directory, string version)
    {
        Directory = directory;
        Version = version;
    }

    public string Directory { get; }

    public string Version { get; }

    public string PackagePath => Path.Combine(Directory, $"{PackageId}.{Version}.nupkg");

    /// <summary>The configuration the tests were built in; packing it again reuses that build.</summary>
    public static string Configuration =>
        typeof(GuardrailsPackageFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static async Task<GuardrailsPackageFeed> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"eval752-feed-{Guid.NewGuid():N}"[..26]);
        System.IO.Directory.CreateDirectory(directory);
        var version = $"0.1.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        await DotNet.RunCheckedAsync(
            [
                "pack",
                RepositoryPaths.Combine("build", "Eval752.Guardrails.Package", "Eval752.Guardrails.Package.csproj"),
                "-c", Configuration,
                "-o", directory,
                $"-p:Version={version}",
                // Never rebuild: a global Version would recompile the analyzers into the bin folders other test
                // assemblies, running in parallel, compile against (CS0006). The test project references the
                // package project, so it is built before any test runs.
                "--no-build",
            ],
            RepositoryPaths.Root);
        var feed = new GuardrailsPackageFeed(directory, version);
        if (!File.Exists(feed.PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack did not produce '{feed.PackagePath}'.");
        }

        return feed;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Temp leftovers are harmless.
        }
    }
}
