namespace Eval752.Guardrails.Testing.Builds;

/// <summary>
/// A throwaway project folder built for real against the packed Eval752.Guardrails: its own
/// nuget.config (only the local feed), its own NuGet packages folder, a <c>.git</c> marker so the
/// guardrails see it as a repository root, and files the test writes.
/// </summary>
public sealed class BuildFixture : IDisposable
{
    public const string ProjectName = "Fixture";

    private readonly GuardrailsPackageFeed feed;

    private BuildFixture(GuardrailsPackageFeed feed, string root)
    {
        this.feed = feed;
        Root = root;
    }

    public string Root { get; }

    public string ProjectPath => Path.Combine(Root, ProjectName + ".csproj");

    public static BuildFixture Create(GuardrailsPackageFeed feed, string extraProperties = "")
    {
        var root = Path.Combine(Path.GetTempPath(), $"eval752-fixture-{Guid.NewGuid():N}"[..29]);
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        var fixture = new BuildFixture(feed, root);
        fixture.WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="guardrails-e2e" value="{feed.Directory}" />
              </packageSources>
            </configuration>
            """);
        fixture.WriteFile(ProjectName + ".csproj", fixture.ProjectFile(extraProperties));
        return fixture;
    }

    /// <summary>A project file that references the packed guardrails; a test writes more than one for a multi-project repository.</summary>
    public string ProjectFile(string extraProperties = "", string extraItems = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            {extraProperties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{GuardrailsPackageFeed.PackageId}" Version="{feed.Version}" PrivateAssets="all" />
            {extraItems}
          </ItemGroup>
        </Project>
        """;

    /// <summary>Writes a file (relative path, forward slashes) exactly as given: no BOM, line endings untouched.</summary>
    public void WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
    }

    public void DeleteFile(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    /// <summary>Runs <c>dotnet build</c> with detailed verbosity (target skips are visible) and parses its diagnostics.</summary>
    public Task<BuildRun> BuildAsync(params string[] extraArguments) => BuildPathAsync(ProjectPath, extraArguments);

    /// <summary>Builds another project or a solution of the fixture (relative path).</summary>
    public async Task<BuildRun> BuildPathAsync(string relativePath, params string[] extraArguments)
    {
        var result = await DotNet.RunAsync(
            ["build", Path.Combine(Root, relativePath), "-v:d", "-clp:NoSummary", .. extraArguments],
            Root,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(Root, ".packages") });
        return new BuildRun(result.ExitCode, BuildOutputParser.Parse(result.Combined, Root), result.Combined);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Temp leftovers are harmless.
        }
    }

    public override string ToString() => $"fixture at {Root} against {GuardrailsPackageFeed.PackageId} {feed.Version}";
}
