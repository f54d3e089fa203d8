using Eval752.Guardrails.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Eval752.Guardrails.Analyzers.Tests.Rules;

/// <summary>Options bound from configuration read one variable per settable public property (EG0201/EG0202 through ConfigurationReadAnalyzer).</summary>
public sealed class OptionsBindingTests
{
    private const string Options = """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        sealed class SmtpOptions
        {
            public string? Host { get; set; }
            public int Port { get; set; }
            [ConfigurationKeyName("USER_NAME")] public string? User { get; set; }
            public TlsOptions Tls { get; set; } = new();
            public string[] Relays { get; set; } = [];
            public string ReadOnly => "x";
            public string? InitOnly { get; init; }
            internal string? Hidden { get; set; }
        }

        sealed class TlsOptions
        {
            public bool Enabled { get; set; }
            public TlsOptions? Fallback { get; set; }
        }

        sealed class RootOptions
        {
            public string? FeatureName { get; set; }
        }

        static class Setup
        {
            public static void Run(IServiceCollection services, IConfiguration configuration)
            {
                services.Configure<SmtpOptions>(configuration.GetSection({|#0:"Smtp"|}));
                services.AddOptions<SmtpOptions>().BindConfiguration({|#1:"Mail"|});
                _ = configuration.{|#2:Get<RootOptions>|}();
                configuration.GetSection({|#3:"Queue"|}).Bind(new TlsOptions());
                services.Configure<SmtpOptions>(configuration.GetSection({|#4:"Smtp"|}));
            }
        }
        """;

    /// <summary>
    /// Public settable properties, recursively; not the collection, the get-only, the internal one, nor
    /// TlsOptions.Fallback again inside TlsOptions (a type is not expanded inside itself).
    /// </summary>
    private static readonly string[] SmtpVariables = ["Host", "Port", "USER_NAME", "Tls__Enabled", "InitOnly"];

    [Fact]
    public async Task EveryBindingStyle_ReadsEachSettableProperty_UnderItsSection()
    {
        var listed = SmtpVariables.Select(v => "Smtp__" + v)
            .Concat(SmtpVariables.Select(v => "Mail__" + v))
            .Concat(["FeatureName", "Queue__Enabled"])
            .ToArray();
        var docs = "| Variable |\n|---|\n" + string.Concat(listed.Select(v => $"| {v} |\n"));

        // Nothing is in .env.example: one EG0201 per bound variable, at the binding's section key.
        var expected = new List<DiagnosticResult>();
        expected.AddRange(SmtpVariables.Select(_ => new DiagnosticResult("EG0201", DiagnosticSeverity.Warning).WithLocation(0)));
        expected.AddRange(SmtpVariables.Select(_ => new DiagnosticResult("EG0201", DiagnosticSeverity.Warning).WithLocation(1)));
        expected.Add(new DiagnosticResult("EG0201", DiagnosticSeverity.Warning).WithLocation(2)
            .WithArguments("Configuration variable FeatureName (bound to RootOptions.FeatureName) is not in .env.example; add 'FeatureName=' with a placeholder value and a comment above it saying what it configures (playbook section 3)"));
        expected.Add(new DiagnosticResult("EG0201", DiagnosticSeverity.Warning).WithLocation(3));

        // The second Configure<SmtpOptions> of "Smtp" is another place: its reads are reported there too.
        expected.AddRange(SmtpVariables.Select(_ => new DiagnosticResult("EG0201", DiagnosticSeverity.Warning).WithLocation(4)));
        await ConfigurationReadVerifier.VerifyAsync(Options, "OTHER=\n", docs, expected.ToArray());
    }

    [Fact]
    public async Task BoundVariablesListedEverywhere_AreClean()
    {
        var listed = SmtpVariables.Select(v => "Smtp__" + v)
            .Concat(SmtpVariables.Select(v => "Mail:" + v.Replace("__", ":", StringComparison.Ordinal)))
            .Concat(["FeatureName", "Queue__Enabled"])
            .ToArray();
        var envExample = string.Concat(listed.Select(v => v.Replace(":", "__", StringComparison.Ordinal) + "=\n"));
        var docs = "| Variable |\n|---|\n" + string.Concat(listed.Select(v => $"| `{v}` |\n"));
        await ConfigurationReadVerifier.VerifyAsync(Options, envExample, docs);
    }

    [Fact]
    public async Task RootBoundKeyNames_AreBare_AndSectionNamesMayBeConstants() =>
        await ConfigurationReadVerifier.VerifyAsync(
            """
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            static class Sections
            {
                public const string Providers = "Providers";
                public const string OpenAi = Providers + ":OpenAI";
            }

            sealed class ProviderKeys
            {
                [ConfigurationKeyName("OPENAI_API_KEY")] public string? OpenAi { get; set; }
            }

            sealed class OpenAiOptions
            {
                [ConfigurationKeyName("Model_Name")] public string? Model { get; set; }
            }

            static class Setup
            {
                public static void Run(IServiceCollection services, IConfiguration configuration)
                {
                    _ = configuration.{|#0:Get<ProviderKeys>|}();
                    services.Configure<OpenAiOptions>(configuration.GetSection({|#1:Sections.OpenAi|}));
                    _ = configuration.GetSection(Sections.Providers)[{|#2:"Timeout"|}];
                }
            }
            """,
            "OTHER=\n",
            "| Variable |\n|---|\n| OPENAI_API_KEY |\n| Providers:OpenAI:Model_Name |\n| Providers__Timeout |\n",
            new DiagnosticResult("EG0201", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Configuration variable OPENAI_API_KEY (bound to ProviderKeys.OpenAi) is not in .env.example; add 'OPENAI_API_KEY=' with a placeholder value and a comment above it saying what it configures (playbook section 3)"),
            new DiagnosticResult("EG0201", DiagnosticSeverity.Warning).WithLocation(1)
                .WithArguments("Configuration variable Providers__OpenAI__Model_Name (bound to OpenAiOptions.Model) is not in .env.example; add 'Providers__OpenAI__Model_Name=' with a placeholder value and a comment above it saying what it configures (playbook section 3)"),
            new DiagnosticResult("EG0201", DiagnosticSeverity.Warning).WithLocation(2));
}
