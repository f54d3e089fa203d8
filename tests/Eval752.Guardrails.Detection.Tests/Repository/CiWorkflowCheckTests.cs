using Eval752.Guardrails.Detection.Repository;

namespace Eval752.Guardrails.Detection.Tests.Repository;

/// <summary>EG0302. The literal values here are made up and low-value; real ones are never committed.</summary>
public sealed class CiWorkflowCheckTests
{
    private static string[] Check(string yaml) =>
        [.. CiWorkflowCheck.Check("/repo/.github/workflows/ci.yml", yaml).Select(f => $"{f.Rule.Id} {f.Line}:{f.Column}")];

    [Fact]
    public void GitHubEnvAndWithLiterals_UnderSecretNames_AreReportedAtTheValue() =>
        Assert.Equal(
            ["EG0302 5:19", "EG0302 12:21"],
            Check("""
                name: ci
                on: push
                env:
                  DOTNET_NOLOGO: true
                  OPENAI_API_KEY: made-up-value-1234
                  REGISTRY_TOKEN: ${{ secrets.REGISTRY_TOKEN }}
                jobs:
                  build:
                    steps:
                      - uses: docker/login-action@v3
                        with:
                          password: "hunter-two-2024"
                          username: ci-bot-account
                      - run: |
                          export API_TOKEN=not-read-by-this-rule
                          echo done
                """));

    [Fact]
    public void ReferencesPlaceholdersAndShortOrBooleanValues_AreNotLiterals() =>
        Assert.Empty(Check("""
            env:
              GITHUB_TOKEN: ${{ github.token }}
              DB_PASSWORD: $(DB_PASSWORD)
              REDIS_PASSWORD: $REDIS_PASSWORD
              SMTP_PASSWORD: ""
              CLIENT_SECRET: changeme
              mask-password: true
              TOKEN_COUNT: 12345678
            """));

    [Fact]
    public void GitLabValueMappings_AndAzureNameValuePairs_AreRead()
    {
        var gitlab = CiWorkflowCheck.Check("/r/.gitlab-ci.yml", """
            variables:
              DEPLOY_TOKEN:
                value: "made-up-deploy-987"
                description: token for deploys
              LOG_LEVEL: info
            """);
        Assert.Equal(3, Assert.Single(gitlab).Line);

        var azure = CiWorkflowCheck.Check("/r/azure-pipelines.yml", """
            variables:
              - name: buildConfiguration
                value: Release
              - name: storagePassword
                value: made-up-storage-55
            """);
        Assert.Equal(5, Assert.Single(azure).Line);
    }

    [Fact]
    public void Message_NamesTheVariableAndHowToReferenceIt_NeverTheValue()
    {
        var finding = Assert.Single(CiWorkflowCheck.Check("/r/.github/workflows/a.yml", "env:\n  API_KEY: made-up-value-9876\n"));
        Assert.Contains("${{ secrets.API_KEY }}", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("made-up-value-9876", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".github/workflows/ci.yml", true)]
    [InlineData(".github/workflows/release.yaml", true)]
    [InlineData(".gitlab-ci.yml", true)]
    [InlineData("azure-pipelines.yml", true)]
    [InlineData("deploy/values.yaml", false)]
    public void CiFiles_AreRecognisedByPath(string path, bool expected) =>
        Assert.Equal(expected, CiWorkflowCheck.IsCiFile(path));
}
