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
    [InlineData("EG0102")]
    [InlineData("CA1062")]
    [InlineData("IDE0005")]
    public void NamesPathsAndCodes_AreNotSecrets(string value) => Assert.False(GenericSecretValue.IsPlausible(value));

    [Fact]
    public void MixedCaseRandomLetters_ThatSplitIntoLongPieces_AreSecrets()
    {
        // Vowel-free pieces of 3-5 letters: reads as words to the splitter, not to a person.
        Assert.True(GenericSecretValue.IsPlausible("hTrdwKpqzmNvbxGf"));
        Assert.True(GenericSecretValue.IsPlausible("Qwrtzp_Mnbvcx_Ldkfjg"));
    }

    [Theory]
    [InlineData("Ab0102cd")]
    [InlineData("EG0102x7Q")]
    public void CodeLookAlikesWithAnotherShape_AreNotExcused(string value) => Assert.True(GenericSecretValue.IsPlausible(value));

    [Fact]
    public void ShortMixedCaseNames_KeepTheBenefitOfTheDoubt() => Assert.False(GenericSecretValue.IsPlausible("XsrfToken"));

    [Theory]
    [InlineData("q7Hk2LmP9x$")]
    [InlineData("$q7Hk2LmP9x")]
    [InlineData("q7Hk%2LmP9x")]
    [InlineData("q7<Hk2LmP9x")]
    [InlineData("q7Hk2}LmP9x")]
    [InlineData("Zt9$k2%Lm<P")]
    public void PasswordsWithTemplateCharacters_ThatAreNoTemplate_AreSecrets(string value) => Assert.True(GenericSecretValue.IsPlausible(value));

    [Theory]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("$(DbPassword)")]
    [InlineData("{{ vault_password }}")]
    [InlineData("#{Db.Password}#")]
    [InlineData("Pass{0}Word9")]
    [InlineData("<your-api-key-9>")]
    [InlineData("%DB_PASSWORD%")]
    [InlineData("user9:%s")]
    [InlineData("$DB_PASSWORD")]
    [InlineData("$env:DbPassword")]
    public void TemplatesAndVariableReferences_AreNotSecrets(string value) => Assert.False(GenericSecretValue.IsPlausible(value));
}
