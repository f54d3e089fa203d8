using Eval752.Guardrails.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>The host of EG0201 and EG0202: one read, both listings; code that does not bind reads nothing.</summary>
public sealed class ConfigurationReadAnalyzerTests
{
    [Fact]
    public async Task ReadMissingFromBothListings_GetsBothRules_AtTheSameKey() =>
        await ConfigurationReadVerifier.VerifyAsync(
            """
            using Microsoft.Extensions.Configuration;

            sealed class Reads
            {
                public string? Run(IConfiguration configuration) => configuration.GetValue<string>({|#0:"Vault:Region"|});
            }
            """,
            "OTHER=\n",
            "| Variable |\n|---|\n| OTHER |\n",
            new DiagnosticResult("EG0201", DiagnosticSeverity.Warning).WithLocation(0),
            new DiagnosticResult("EG0202", DiagnosticSeverity.Warning).WithLocation(0));

    [Fact]
    public async Task CodeThatDoesNotBind_IsNotARead() =>
        await ConfigurationReadVerifier.VerifyAsync(
            """
            sealed class Reads
            {
                public object Run(object configuration) => configuration.{|CS1061:GetValue<string>|}("Vault:Region");
            }
            """,
            "OTHER=\n",
            "| Variable |\n|---|\n| OTHER |\n");

    [Fact]
    public async Task ProjectThatReadsNothing_NeedsNeitherFile() =>
        await ConfigurationReadVerifier.VerifyAsync(
            """
            sealed class NoReads
            {
                public string Name => "Vault:Region";
            }
            """,
            envExample: null,
            docs: null);

    [Fact]
    public async Task WithAnEnvironmentPrefix_KeysAreReadFromPrefixedVariables_AndEnvironmentReadsAreNot() =>
        await ConfigurationReadVerifier.VerifyAsync(
            """
            using System;
            using Microsoft.Extensions.Configuration;

            sealed class Startup
            {
                public IConfiguration Build() => new ConfigurationBuilder().AddEnvironmentVariables("MYAPP_").Build();

                public void Run(IConfiguration configuration)
                {
                    _ = configuration["Smtp:Host"];
                    _ = configuration[{|#0:"Smtp:Port"|}];
                    _ = Environment.GetEnvironmentVariable("RAW_NAME");
                    _ = configuration["Plain"];
                }
            }
            """,
            "MYAPP_Smtp__Host=\nRAW_NAME=\nPlain=\n",
            "| Variable |\n|---|\n| MYAPP_Smtp__Host |\n| MYAPP_Smtp__Port |\n| RAW_NAME |\n| Plain |\n",
            new DiagnosticResult("EG0201", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Configuration variable MYAPP_Smtp__Port (read as 'Smtp:Port') is not in .env.example; add 'MYAPP_Smtp__Port=' with a placeholder value and a comment above it saying what it configures (playbook section 3)"));
}
