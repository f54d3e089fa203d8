using Eval752.Guardrails.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

public sealed class MissingFromConfigurationDocsRuleTests
{
    private const string Reads = """
        using System;
        using Microsoft.Extensions.Configuration;

        sealed class Reads
        {
            public void Run(IConfiguration configuration)
            {
                _ = configuration[{|#0:"Smtp:Host"|}];
                _ = Environment.GetEnvironmentVariable({|#1:"SMTP_PASSWORD"|});
                _ = configuration.GetConnectionString({|#2:"Main"|});
            }
        }
        """;

    private const string EnvExample = "Smtp__Host=\nSMTP_PASSWORD=\nConnectionStrings__Main=\n";

    [Fact]
    public async Task TableRowsInEitherSpelling_BacktickedOrNot_Document()
    {
        const string docs = """
            # Configuration

            | Variable | Secret | Description |
            |---|---|---|
            | `Smtp:Host` | no | Mail relay. |
            | smtp_password | yes | Relay password. |
            | `ConnectionStrings__Main` / `ConnectionStrings:Main` | yes | Main database. |
            """;
        await ConfigurationReadVerifier.VerifyAsync(Reads, EnvExample, docs);
    }

    [Fact]
    public async Task ProseHeadersAndOtherColumns_DoNotDocument()
    {
        const string docs = """
            # Configuration

            The mail relay is set with Smtp:Host and SMTP_PASSWORD.

            | Smtp__Host | Description |
            |---|---|
            | OTHER | mentions `ConnectionStrings__Main` in a later cell |
            """;
        await ConfigurationReadVerifier.VerifyAsync(
            Reads,
            EnvExample,
            docs,
            new DiagnosticResult("EG0202", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Configuration variable Smtp__Host (read as 'Smtp:Host') is not documented in configuration.md; add a table row whose first cell is `Smtp__Host`, saying what it configures, its default and whether it is secret (playbook section 3)"),
            new DiagnosticResult("EG0202", DiagnosticSeverity.Warning).WithLocation(1),
            new DiagnosticResult("EG0202", DiagnosticSeverity.Warning).WithLocation(2));
    }

    [Fact]
    public async Task ProjectWithoutDocs_GetsOneDiagnostic_AtItsFirstRead() =>
        await ConfigurationReadVerifier.VerifyAsync(
            Reads,
            EnvExample,
            docs: null,
            new DiagnosticResult("EG0202", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("This project reads configuration variables (Smtp__Host here) but has no Configuration docs; create docs/configuration.md at the repository root (or point the Eval752ConfigurationDocs property at the file) with a table whose first column lists every variable"));

    [Fact]
    public async Task DocsNamedByTheEval752ConfigurationDocsProperty_AreFoundByTheirItemMetadata()
    {
        var test = new CSharpAnalyzerVerifier<Eval752.Guardrails.Analyzers.Rules.ConfigurationReadAnalyzer>.Test();
        test.TestState.Sources.Add("""
            sealed class Reads
            {
                public string? Run() => System.Environment.GetEnvironmentVariable({|#0:"SMTP_HOST"|});
            }
            """);
        test.TestState.AdditionalFiles.Add(("/repo/.env.example", "SMTP_HOST=\n"));
        test.TestState.AdditionalFiles.Add(("/repo/docs/SETTINGS.md", "| Name |\n|---|\n| OTHER |\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/repo/.globalconfig", "is_global = true\n[/repo/docs/SETTINGS.md]\nbuild_metadata.AdditionalFiles.Eval752Kind = ConfigurationDocs\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EG0202", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Configuration variable SMTP_HOST is not documented in SETTINGS.md; add a table row whose first cell is `SMTP_HOST`, saying what it configures, its default and whether it is secret (playbook section 3)"));
        await test.RunAsync();
    }
}
