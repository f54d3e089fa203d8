using Eval752.Guardrails.Detection.Keys;

namespace Eval752.Guardrails.Detection.Tests.Keys;

public sealed class KeyMaterialTextTests
{
    private static readonly byte[] RandomLooking = [0x9c, 0x01, 0x7e, 0x44, 0x10, 0xfe, 0x21, 0x00, 0x5a, 0x33, 0xe0, 0x19, 0x8b, 0x72, 0x0d, 0xc4];

    [Fact]
    public void HexOfSixteenBytesOrMore_LooksLikeKeyText() =>
        Assert.True(KeyMaterialText.LooksLikeKeyText(Convert.ToHexString(RandomLooking)));

    [Fact]
    public void Base64OfSixteenBytesOrMore_LooksLikeKeyText()
    {
        Assert.True(KeyMaterialText.LooksLikeKeyText(Convert.ToBase64String(RandomLooking)));
        Assert.True(KeyMaterialText.LooksLikeKeyText(Convert.ToBase64String(RandomLooking).TrimEnd('=')));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("abcdef")]
    [InlineData("this is a sentence, not a key")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ENCRYPTION_KEYS_PREVIOUS")]
    [InlineData("ConnectionStrings__Vault")]
    [InlineData("Providers__OpenAI__ApiKeyName")]
    public void PlaceholdersShortTextAndProse_DoNotLookLikeKeyText(string text) =>
        Assert.False(KeyMaterialText.LooksLikeKeyText(text));

    [Fact]
    public void ZeroAndCountingBytes_AreRecognised()
    {
        Assert.True(KeyMaterialText.IsZeroOrCounting(new byte[32]));
        Assert.True(KeyMaterialText.IsZeroOrCounting([.. Enumerable.Range(0, 32).Select(i => (byte)i)]));
        Assert.True(KeyMaterialText.IsZeroOrCounting([.. Enumerable.Range(0xF0, 32).Select(i => (byte)i)]));
        Assert.False(KeyMaterialText.IsZeroOrCounting(RandomLooking));
    }

    [Theory]
    [InlineData("abc", 2)]
    [InlineData("AAAA", 3)]
    [InlineData("AAA=", 2)]
    [InlineData("A", -1)]
    [InlineData("ab!c", -1)]
    [InlineData("A=AA", -1)]
    [InlineData("AAAAAA==", 4)]
    [InlineData("AA-_", 3)]
    public void DecodedBase64Length_IsComputedWithoutDecoding(string text, int expected) =>
        Assert.Equal(expected, KeyMaterialText.DecodedBase64Length(text));

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("deadbeefdeadbeefdeadbeef", true)]
    [InlineData("abcabcabcab", true)]
    [InlineData("aaaaaaaa", true)]
    [InlineData("0123456789abcdef0123456789abcdeX", false)]
    [InlineData("a", false)]
    [InlineData("Vb4-leaky-smtp-Q2", false)]
    public void ShortRepetition_IsAUnitOfAtMost16CharactersRepeatedToTheEnd(string text, bool expected) =>
        Assert.Equal(expected, KeyMaterialText.IsShortRepetition(text));
}
