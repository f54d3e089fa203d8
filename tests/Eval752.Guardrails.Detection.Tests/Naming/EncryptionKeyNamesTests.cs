using Eval752.Guardrails.Detection.Naming;

namespace Eval752.Guardrails.Detection.Tests.Naming;

public sealed class EncryptionKeyNamesTests
{
    [Theory]
    [InlineData("ENCRYPTION_KEY")]
    [InlineData("ENCRYPTION_KEYS_PREVIOUS")]
    [InlineData("encryptionKey")]
    [InlineData("MasterKey")]
    [InlineData("Vault:MasterKey")]
    [InlineData("_aesKey")]
    [InlineData("HmacSigningKey")]
    [InlineData("kek")]
    [InlineData("DataKey")]
    [InlineData("GetEncryptionKey")]
    public void KeyMaterialNames_AreRecognised(string name) => Assert.True(EncryptionKeyNames.IsEncryptionKeyName(name));

    [Theory]
    [InlineData("EncryptionKeyId")]
    [InlineData("encryptionKeySize")]
    [InlineData("PublicKey")]
    [InlineData("key")]
    [InlineData("ApiKey")]
    [InlineData("MasterKeyFingerprint")]
    [InlineData("keyboard")]
    [InlineData("monkey")]
    [InlineData("KeyVaultUri")]
    [InlineData("SigningKeyThumbprint")]
    [InlineData("masterKeyLength")]
    public void NamesAboutKeys_AreNotKeyMaterial(string name) => Assert.False(EncryptionKeyNames.IsEncryptionKeyName(name));
}
