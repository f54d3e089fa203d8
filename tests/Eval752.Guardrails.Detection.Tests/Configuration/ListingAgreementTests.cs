using Eval752.Guardrails.Detection.Configuration;

namespace Eval752.Guardrails.Detection.Tests.Configuration;

public sealed class ListingAgreementTests
{
    private static string[] Check(string envExample, string docs) =>
        [.. ListingAgreement.Check("/repo/.env.example", envExample, "/repo/docs/configuration.md", docs, ConfigurationVariable.DefaultFrameworkPatterns)
            .Select(f => $"{f.Rule.Id} {Path.GetFileName(f.Path)} {f.Line}:{f.Column}")];

    [Fact]
    public void SameVariablesInEitherSpellingAndCase_Agree() =>
        Assert.Empty(Check(
            "Smtp__Host=\nexport SMTP_PASSWORD=\n",
            "| Variable |\n|---|\n| `Smtp:Host` |\n| smtp_password |\n"));

    [Fact]
    public void EachSideMissingAVariable_IsReportedWhereItIsListed() =>
        Assert.Equal(
            ["EG0204 .env.example 2:1", "EG0204 configuration.md 4:1"],
            Check(
                "A=\nONLY_IN_ENV=\n",
                "| Variable |\n|---|\n| A |\n| ONLY_IN_DOCS |\n"));

    [Fact]
    public void FrameworkKeys_MayBeListedInOneFileOnly() =>
        Assert.Empty(Check("ASPNETCORE_ENVIRONMENT=Production\nA=\n", "| Variable |\n|---|\n| A |\n| `Logging:LogLevel:Default` |\n"));

    [Fact]
    public void Messages_NameTheVariableAndTheFix_NeverAValue()
    {
        var finding = Assert.Single(ListingAgreement.Check("/r/.env.example", "SECRET_TOKEN=abc123\n", "/r/docs/configuration.md", "| Variable |\n|---|\n", ConfigurationVariable.DefaultFrameworkPatterns));
        Assert.Contains("SECRET_TOKEN", finding.Message, StringComparison.Ordinal);
        Assert.Contains("add a table row", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abc123", finding.Message, StringComparison.Ordinal);
    }
}
