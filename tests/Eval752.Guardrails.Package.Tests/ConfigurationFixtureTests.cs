using Eval752.Guardrails.Testing;
using Eval752.Guardrails.Testing.Builds;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Package.Tests;

/// <summary>
/// Issue 5's end-to-end fixtures: a service that reads configuration in every recognised style (environment,
/// indexers, GetValue, GetConnectionString, section chains through locals and constants, Configure/Bind/Get/
/// BindConfiguration, root- and section-bound [ConfigurationKeyName]), listed with `:` and `__` spelled both
/// ways across code, docs, .env.example and the changelog. Consistent, it builds clean; each test then breaks
/// one rule and expects exactly that rule's diagnostics. ASP.NET Core's shared framework brings
/// Microsoft.Extensions.Configuration without a NuGet source.
/// </summary>
[Collection(PackageFeedFixture.Collection)]
public sealed class ConfigurationFixtureTests(PackageFeedFixture fixture)
{
    private static readonly string PlaceholderKey = new('0', 64);

    private const string Service = """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        namespace Fixture;

        public static class Sections
        {
            public const string Mail = "Mail";
        }

        public sealed class MailOptions
        {
            public string Host { get; set; } = "";

            [ConfigurationKeyName("SENDER_ADDRESS")]
            public string Sender { get; set; } = "";
        }

        public sealed class RetryOptions
        {
            public int Count { get; set; }
        }

        public sealed class CacheOptions
        {
            public int Size { get; set; }
        }

        public sealed class RootOptions
        {
            [ConfigurationKeyName("WORKER_CONCURRENCY")]
            public int Concurrency { get; set; }
        }

        public static class Startup
        {
            public static void Configure(IConfiguration configuration, IServiceCollection services)
            {
                _ = Environment.GetEnvironmentVariable("ENCRYPTION_KEY");
                _ = configuration["Providers:OpenAI:ApiKey"];
                _ = configuration.GetValue<int>("Queue__Prefetch");
                _ = configuration.GetConnectionString("Vault");
                var mail = configuration.GetSection(Sections.Mail);
                _ = mail.GetValue<bool>("UseTls");
                _ = configuration.GetRequiredSection("Feature").GetSection("Flags")["Beta"];
                _ = configuration.GetSection("Region").Value;
                services.Configure<MailOptions>(configuration.GetSection(Sections.Mail));
                services.AddOptions<RetryOptions>().BindConfiguration("Retry");
                _ = configuration.Get<RootOptions>();
                var cache = new CacheOptions();
                configuration.GetSection("Cache").Bind(cache);
            }
        }
        """;

    /// <summary>Every variable the service reads, in .env.example's (environment) spelling, with a description.</summary>
    private static readonly (string Name, string Value, string Description)[] Variables =
    [
        ("ENCRYPTION_KEY", PlaceholderKey, "Shared master key (secret)."),
        ("Providers__OpenAI__ApiKey", "", "OpenAI key (secret)."),
        ("Queue__Prefetch", "10", "Messages fetched at once."),
        ("ConnectionStrings__Vault", "Host=localhost;Database=vault;Username=vault;Password=", "Vault database."),
        ("Mail__UseTls", "true", "TLS to the relay."),
        ("Mail__Host", "localhost", "Mail relay."),
        ("Mail__SENDER_ADDRESS", "alerts@example.org", "Sender address."),
        ("Feature__Flags__Beta", "false", "Beta features."),
        ("Region", "local", "Deployment region."),
        ("Retry__Count", "3", "Retries."),
        ("WORKER_CONCURRENCY", "4", "Worker threads."),
        ("Cache__Size", "100", "Cache entries."),
    ];

    /// <summary>The docs spell section keys with ':' (as appsettings.json does), the rest as .env.example.</summary>
    private static string DocsName(string name) => name.StartsWith("ENCRYPTION", StringComparison.Ordinal) || name.StartsWith("WORKER", StringComparison.Ordinal) ? name : name.Replace("__", ":", StringComparison.Ordinal);

    private static string EnvExample(IEnumerable<(string Name, string Value, string Description)> variables) =>
        string.Concat(variables.Select(v => $"# {v.Description}\n{v.Name}={v.Value}\n"));

    private static string Docs(IEnumerable<(string Name, string Value, string Description)> variables) =>
        "# Configuration\n\n| Variable | Description |\n|---|---|\n" + string.Concat(variables.Select(v => $"| `{DocsName(v.Name)}` | {v.Description} |\n"));

    /// <summary>The changelog names half the variables in the other spelling.</summary>
    private static string Changelog(IEnumerable<(string Name, string Value, string Description)> variables) =>
        "# Changelog\n\n## [Unreleased]\n\n### Added\n" + string.Concat(variables.Select((v, i) => $"- `{(i % 2 == 0 ? v.Name : v.Name.Replace("__", ":", StringComparison.Ordinal))}`\n")) + "\n## [1.0.0]\n";

    private BuildFixture Consistent(IReadOnlyList<(string Name, string Value, string Description)>? variables = null)
    {
        variables ??= Variables;
        var project = BuildFixture.Create(fixture.Feed);
        project.WriteFile(BuildFixture.ProjectName + ".csproj", project.ProjectFile(extraItems: "<FrameworkReference Include=\"Microsoft.AspNetCore.App\" />"));
        project.WriteFile("Service.cs", Service);
        project.WriteFile(".env.example", EnvExample(variables));
        project.WriteFile("docs/configuration.md", Docs(variables));
        project.WriteFile("CHANGELOG.md", Changelog(variables));
        return project;
    }

    [Fact]
    public async Task EveryReadStyle_ListedInBothSpellings_BuildsClean()
    {
        using var project = Consistent();

        var run = await project.BuildAsync();

        Assert.True(run.Succeeded, run.Output);
        Assert.Empty(run.Diagnostics);
        Assert.True(run.RanTarget("_Eval752CheckStaleVariables"), "the stale check should have run and found every listed variable read");
    }

    [Fact]
    public async Task AReadMissingFromBothListings_EG0201AndEG0202_AtTheBindingsSectionKey()
    {
        var withoutCache = Variables.Where(v => v.Name != "Cache__Size").ToList();
        using var project = Consistent(withoutCache);

        var run = await project.BuildAsync();

        var line = Service.Split('\n').Select((text, index) => (text, index)).Single(l => l.text.Contains("GetSection(\"Cache\")", StringComparison.Ordinal));
        var column = line.text.IndexOf("\"Cache\"", StringComparison.Ordinal) + 1;
        Assert.True(run.Succeeded, run.Output);
        Assert.Equal([$"EG0201 Service.cs {line.index + 1} {column}", $"EG0202 Service.cs {line.index + 1} {column}"], run.DiagnosticKeys);
    }

    [Fact]
    public async Task ListingsThatDisagree_EG0204_AtTheListing()
    {
        using var project = Consistent();
        project.WriteFile("docs/configuration.md", Docs(Variables.Where(v => v.Name != "Region")));

        var run = await project.BuildAsync();

        var envLine = Array.FindIndex(EnvExample(Variables).Split('\n'), l => l.StartsWith("Region=", StringComparison.Ordinal)) + 1;
        var readLine = Array.FindIndex(Service.Split('\n'), l => l.Contains("GetSection(\"Region\")", StringComparison.Ordinal)) + 1;
        Assert.False(run.Succeeded);
        Assert.Equal(["EG0202 Service.cs " + readLine + " " + (Service.Split('\n')[readLine - 1].IndexOf("\"Region\"", StringComparison.Ordinal) + 1), $"EG0204 .env.example {envLine} 1"], run.DiagnosticKeys);
    }

    [Fact]
    public async Task AListedVariableNothingReads_EG0205_AtBothListings()
    {
        using var project = Consistent([.. Variables, ("LEGACY_FLAG", "false", "Removed feature.")]);

        var run = await project.BuildAsync();

        Assert.True(run.Succeeded, run.Output);
        Assert.Equal([$"EG0205 .env.example {Variables.Length * 2 + 2} 1", $"EG0205 docs/configuration.md {Variables.Length + 5} 1"], run.DiagnosticKeys);
    }

    [Fact]
    public async Task ARealKeyInEnvExample_EG0206_AtItsLine()
    {
        var leaked = Variables.Select(v => v.Name == "Providers__OpenAI__ApiKey" ? v with { Value = SecretShapes.OpenAiProjectKey() } : v).ToList();
        using var project = Consistent(leaked);

        var run = await project.BuildAsync();

        Assert.False(run.Succeeded);
        Assert.Equal("EG0206 .env.example 4", string.Join(' ', Assert.Single(run.DiagnosticKeys).Split(' ').Take(3)));
        Assert.DoesNotContain(leaked[1].Value, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewVariableSinceTheReleaseTag_MissingFromUnreleased_EG0203()
    {
        using var project = Consistent();
        Directory.Delete(Path.Combine(project.Root, ".git"));
        project.WriteFile(".gitignore", ".packages/\nbin/\nobj/\n");
        project.WriteFile(".env.example", EnvExample(Variables.Where(v => v.Name != "Retry__Count")));
        Git(project.Root, "init", "-q", "-b", "main");
        Git(project.Root, "add", ".");
        Git(project.Root, "commit", "-q", "-m", "release 1.0.0");
        Git(project.Root, "tag", "v1.0.0");

        // After the release, Retry__Count joins .env.example; the changelog's Unreleased section names every other variable.
        project.WriteFile(".env.example", EnvExample(Variables));
        project.WriteFile("CHANGELOG.md", Changelog(Variables.Where(v => v.Name != "Retry__Count")));
        var missing = await project.BuildAsync();
        Assert.False(missing.Succeeded);
        Assert.Equal(["EG0203 CHANGELOG.md 3 1"], missing.DiagnosticKeys);
        Assert.Contains("Retry__Count", missing.Diagnostics[0].Message, StringComparison.Ordinal);

        project.WriteFile("CHANGELOG.md", "# Changelog\n\n## [Unreleased]\n\n- Retries are configurable (`Retry:Count`).\n\n## [1.0.0]\n");
        var announced = await project.BuildAsync();
        Assert.True(announced.Succeeded, announced.Output);
        Assert.Empty(announced.Diagnostics);
    }

    private static void Git(string directory, params string[] arguments) => TestGit.Run(directory, arguments);
}
