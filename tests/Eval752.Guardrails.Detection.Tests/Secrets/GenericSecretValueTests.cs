using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Detection.Tests.Secrets;

public sealed class GenericSecretValueTests
{
    [Theory]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("x-api-key")]
    [InlineData("ApiKeyHeader")]
    [InlineData("ClientSecretName")]
    [InlineData("SmtpPassword")]
    [InlineData("Providers:OpenAI:ApiKey")]
    [InlineData("AuthorizationHeader")]
    public void NamesAndPaths_AreNotSecrets(string value) => Assert.False(GenericSecretValue.IsPlausible(value));

    [Fact]
    public void MixedCaseRandomLetters_ThatSplitIntoLongPieces_AreSecrets()
    {
        // Vowel-free pieces of 3-5 letters: reads as words to the splitter, not to a person.
        Assert.True(GenericSecretValue.IsPlausible("hTrdwKpqzmNvbxGf"));
        Assert.True(GenericSecretValue.IsPlausible("Qwrtzp_Mnbvcx_Ldkfjg"));
    }

    [Fact]
    public void ShortMixedCaseNames_KeepTheBenefitOfTheDoubt() => Assert.False(GenericSecretValue.IsPlausible("XsrfToken"));
}
