using Eval752.Guardrails.Detection.Naming;

namespace Eval752.Guardrails.Detection.Tests.Naming;

public sealed class SecretNamesTests
{
    [Theory]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("Providers:OpenAI:ApiKey")]
    [InlineData("Smtp__Password")]
    [InlineData("DB_PWD")]
    [InlineData("HF_TOKEN")]
    [InlineData("ClientSecret")]
    [InlineData("ENCRYPTION_KEY")]
    [InlineData("AccessKey")]
    [InlineData("StorageKey")]
    [InlineData("RedisCachePassword")]
    public void SecretNames_AreRecognised(string name) => Assert.True(SecretNames.IsSecretName(name));

    [Theory]
    [InlineData("PWD")]
    [InlineData("OLDPWD")]
    [InlineData("MaxTokens")]
    [InlineData("tokenCount")]
    [InlineData("PasswordPolicy")]
    [InlineData("PasswordRequired")]
    [InlineData("EncryptionKeyId")]
    [InlineData("PublicKey")]
    [InlineData("ApiKeyHeaderName")]
    [InlineData("ConnectionStrings:Vault")]
    [InlineData("tokenCacheKey")]
    [InlineData("SecretLookupKey")]
    [InlineData("PASSWORD_RESET_PARTITION_KEY")]
    [InlineData("TokenIdempotencyKey")]
    [InlineData("PasswordChars")]
    [InlineData("PASSWORD_ALPHABET")]
    [InlineData("SecretVersion")]
    [InlineData("SigningKeyThumbprint")]
    public void NamesAboutSecrets_AreNotSecrets(string name) => Assert.False(SecretNames.IsSecretName(name));
}
