using Eval752.Guardrails.Detection.Repository;
using Eval752.Guardrails.Testing.Secrets;

namespace Eval752.Guardrails.Detection.Tests.Repository;

/// <summary>EG0304. Provider-shaped keys are generated per run; none is committed.</summary>
public sealed class FrontendExposureTests
{
    [Fact]
    public void PublicPrefixedSecretNames_InEnvFiles_AreReportedAtTheName() =>
        Assert.Equal(
            ["EG0304 2:1", "EG0304 3:8"],
            FrontendExposure.CheckEnvFile("/web/.env.production", "VITE_API_URL=https://api.example.org\nVITE_OPENAI_API_KEY=\nexport NEXT_PUBLIC_STRIPE_SECRET_KEY=x\nREACT_APP_TITLE=Shop\nOPENAI_API_KEY=\n")
                .Select(f => $"{f.Rule.Id} {f.Line}:{f.Column}"));

    [Fact]
    public void References_InCode_AreReported_ButNotNonSecretOnes()
    {
        const string code = "const url = import.meta.env.VITE_API_URL;\nconst key = import.meta.env.VITE_OPENAI_API_KEY;\nconst t = process.env.NEXT_PUBLIC_GITHUB_TOKEN;\nconst n = process.env.MY_VITE_OPENAI_API_KEY;\n";
        Assert.Equal(["EG0304 2:29", "EG0304 3:23"], FrontendExposure.CheckCode("/web/src/app.ts", code).Select(f => $"{f.Rule.Id} {f.Line}:{f.Column}"));
    }

    [Fact]
    public void ProviderShapedKey_InAMinifiedBundle_IsReportedWithoutItsValue()
    {
        var key = SecretShapes.AnthropicKey();
        var bundle = "!function(){var a=\"x\";fetch(\"/v1\",{headers:{\"x-api-key\":\"" + key + "\"}})}();";

        var finding = Assert.Single(FrontendExposure.CheckCode("/web/dist/assets/index-3f2a.js", bundle));

        Assert.Equal((1, bundle.IndexOf(key, StringComparison.Ordinal) + 1), (finding.Line, finding.Column));
        Assert.DoesNotContain(key[8..], finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("app.js", true)]
    [InlineData("index.html", true)]
    [InlineData("App.vue", true)]
    [InlineData("site.css", false)]
    [InlineData("Program.cs", false)]
    public void FrontendCode_IsRecognisedByExtension(string name, bool expected) =>
        Assert.Equal(expected, FrontendExposure.IsFrontendCode(name));
}
