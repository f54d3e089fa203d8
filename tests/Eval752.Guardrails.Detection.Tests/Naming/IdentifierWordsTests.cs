using Eval752.Guardrails.Detection.Naming;

namespace Eval752.Guardrails.Detection.Tests.Naming;

public sealed class IdentifierWordsTests
{
    [Theory]
    [InlineData("encryptionKey", "encryption key")]
    [InlineData("EncryptionKey", "encryption key")]
    [InlineData("ENCRYPTION_KEY", "encryption key")]
    [InlineData("encryption-key", "encryption key")]
    [InlineData("AESKey", "aes key")]
    [InlineData("HMACSHA256Key", "hmacsha256 key")]
    [InlineData("Providers:OpenAI:ApiKey", "providers open ai api key")]
    [InlineData("Providers__OpenAI__ApiKey", "providers open ai api key")]
    [InlineData("base64Key", "base64 key")]
    [InlineData("key2", "key2")]
    [InlineData("", "")]
    public void Split_FindsTheWords(string identifier, string expected) =>
        Assert.Equal(expected, string.Join(' ', IdentifierWords.Split(identifier)));
}
