namespace Eval752.Guardrails.Testing.Builds;

/// <summary>Runs the dotnet CLI the way CI does: no node reuse (so no stale task code), no terminal logger.</summary>
public static class DotNet
{
    private static readonly string[] CommonArguments = ["-nodeReuse:false", "-tl:off"];

    public static Task<ProcessRunner.Result> RunAsync(IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null) =>
        ProcessRunner.RunAsync("dotnet", [.. arguments, .. CommonArguments], workingDirectory, WithDefaults(environment), TimeSpan.FromMinutes(8));

    public static Task<ProcessRunner.Result> RunCheckedAsync(IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null) =>
        ProcessRunner.RunCheckedAsync("dotnet", [.. arguments, .. CommonArguments], workingDirectory, WithDefaults(environment), TimeSpan.FromMinutes(8));

    private static Dictionary<string, string?> WithDefaults(IReadOnlyDictionary<string, string?>? environment)
    {
        var merged = new Dictionary<string, string?>
        {
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            // A test host sets these for itself; a nested build must not inherit them.
            ["MSBuildExtensionsPath"] = null,
            ["MSBUILD_EXE_PATH"] = null,
            ["MSBuildSDKsPath"] = null,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            merged[name] = value;
        }

        return merged;
    }
}
