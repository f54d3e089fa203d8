using Eval752.Guardrails.Detection.Keys;

namespace Eval752.Guardrails.Detection.Tests.Keys;

public sealed class EncryptionKeyFormatTests
{
    [Fact]
    public void SixtyFourHexCharacters_HaveTheFormat()
    {
        Assert.Null(EncryptionKeyFormat.Explain(EncryptionKeyFormat.Placeholder));
        Assert.Null(EncryptionKeyFormat.Explain(new string('A', 32) + new string('f', 32)));
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("changeme", "it has 8 characters")]
    public void WrongLength_IsExplainedByLength(string value, string reason) =>
        Assert.Equal(reason, EncryptionKeyFormat.Explain(value));

    [Fact]
    public void NonHexCharacter_IsExplainedByPosition_NotByValue()
    {
        var value = new string('0', 10) + "g" + new string('0', 53);
        Assert.Equal("character 11 is not a hexadecimal digit", EncryptionKeyFormat.Explain(value));
    }

    [Fact]
    public void SixtyFiveCharacters_AreRejected() =>
        Assert.Equal("it has 65 characters", EncryptionKeyFormat.Explain(new string('0', 65)));
}
