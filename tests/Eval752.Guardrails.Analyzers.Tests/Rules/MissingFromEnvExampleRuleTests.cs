using Eval752.Guardrails.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

public sealed class MissingFromEnvExampleRuleTests
{
    /// <summary>Documents every variable the sources read, so only EG0201 is under test.</summary>
    private const string AllDocumented = """
        | Variable | Description |
        |---|---|
        | `SMTP_HOST` | |
        | `Smtp__Port` | |
        | `Smtp:Timeout` | |
        | `ConnectionStrings__Main` | |
        | `Smtp__Auth__User` | |
        | `Mail__From` | |
        | `FeatureFlag` | |
        | `Queue__Name` | |
        | `Smtp__Host` | |
        """;

    private const string EveryReadStyle = """
        using System;
        using Microsoft.Extensions.Configuration;

        sealed class Settings
        {
            private const string HostKey = "Smtp:Host";

            public void Read(IConfiguration configuration, ConfigurationManager manager)
            {
                _ = Environment.GetEnvironmentVariable({|#0:"SMTP_HOST"|});
                _ = configuration[{|#1:"Smtp:Port"|}];
                _ = configuration.GetValue<int>({|#2:"Smtp:Timeout"|});
                _ = manager.GetConnectionString({|#3:"Main"|});
                _ = configuration.GetSection("Smtp").GetSection("Auth")[{|#4:"User"|}];
                var mail = configuration.GetSection("Mail");
                _ = mail[{|#5:"From"|}];
                _ = configuration.GetSection({|#6:"FeatureFlag"|}).Value;
                _ = configuration.GetRequiredSection("Queue")[{|#7:"Name"|}];
                _ = configuration[{|#8:HostKey|}];
            }
        }
        """;

    [Fact]
    public async Task EveryReadStyle_MissingFromEnvExample_IsReportedAtItsKey()
    {
        // Message checked once below; here the id and the location of each of the nine reads.
        var expected = Enumerable.Range(0, 9)
            .Select(index => new DiagnosticResult("EG0201", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(index))
            .ToArray();
        await ConfigurationReadVerifier.VerifyAsync(EveryReadStyle, "OTHER=\n", AllDocumented, expected);
    }

    [Fact]
    public async Task VariablesListedInEitherSpellingAndAnyCase_AreNotReported()
    {
        const string envExample = """
            # mail
            SMTP_HOST=mail.internal
            smtp__port=25
            Smtp__Timeout=30
            export ConnectionStrings__Main=
            SMTP__AUTH__USER=
            Mail__From=
            FeatureFlag=false
            Queue__Name=jobs
            Smtp__Host=
            """;
        await ConfigurationReadVerifier.VerifyAsync(EveryReadStyle, envExample, AllDocumented);
    }

    [Fact]
    public async Task WritesDynamicKeysUnknownSectionsFrameworkKeysAndLookAlikes_AreNotReads() =>
        await ConfigurationReadVerifier.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Configuration;

            sealed class LookAlike
            {
                public string? GetValue(string key) => key;
            }

            sealed class NotReads
            {
                public void Run(IConfiguration configuration, IConfigurationSection section, string name, LookAlike other)
                {
                    configuration["Written:ByTests"] = "1";
                    _ = configuration[name];
                    _ = section["Host"];
                    _ = other.GetValue("NOT_CONFIGURATION");
                    _ = "SMTP_PASSWORD is read elsewhere";
                    _ = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
                    _ = Environment.GetEnvironmentVariable("PATH");
                    _ = configuration["Logging:LogLevel:Default"];
                    _ = configuration["AllowedHosts"];
                    _ = configuration["Serilog:MinimumLevel"];
                }
            }
            """,
            "OTHER=\n",
            "| Variable |\n|---|\n| OTHER |\n",
            "build_property.Eval752FrameworkKeys = Serilog__*;OTHER_FRAMEWORK\n");

    [Fact]
    public async Task ProjectWithoutEnvExample_GetsOneDiagnostic_AtItsFirstRead() =>
        await ConfigurationReadVerifier.VerifyAsync(
            """
            using Microsoft.Extensions.Configuration;

            sealed class Reads
            {
                public void Run(IConfiguration configuration)
                {
                    _ = configuration[{|#0:"Smtp:Host"|}];
                    _ = configuration["Smtp:Port"];
                }
            }
            """,
            envExample: null,
            "| Variable |\n|---|\n| Smtp__Host |\n| Smtp__Port |\n",
            new DiagnosticResult("EG0201", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("This project reads configuration variables (Smtp__Host here) but has no .env.example; create one at the repository root (or point the Eval752EnvExample property at it) listing every variable with a placeholder"));

    [Fact]
    public async Task Message_NamesTheVariableTheKeyAndTheFix() =>
        await ConfigurationReadVerifier.VerifyAsync(
            """
            using Microsoft.Extensions.Configuration;

            sealed class Reads
            {
                public string? Run(IConfiguration configuration) => configuration[{|#0:"Smtp:Host"|}];
            }
            """,
            "OTHER=\n",
            "| Variable |\n|---|\n| Smtp__Host |\n",
            new DiagnosticResult("EG0201", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Configuration variable Smtp__Host (read as 'Smtp:Host') is not in .env.example; add 'Smtp__Host=' with a placeholder value and a comment above it saying what it configures (playbook section 3)"));
}
