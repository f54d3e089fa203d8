using Eval752.Guardrails.Runtime.Keys;
using Eval752.Guardrails.Runtime.Tests.Support;

namespace Eval752.Guardrails.Runtime.Tests.Keys;

public sealed class KeyRingParserTests
{
    [Fact]
    public void NewestAndPreviousKeys_FormTheRing()
    {
        var newest = TestKeys.NewHex();
        var older = TestKeys.NewHex();
        var oldest = TestKeys.NewHex();

        using var ring = KeyRingParser.Parse(newest, $"{older},{oldest}");

        Assert.Equal([TestKeys.IdOf(newest), TestKeys.IdOf(older), TestKeys.IdOf(oldest)], ring.KeyIds);
        Assert.Equal(TestKeys.IdOf(newest), ring.Newest.Id);
        Assert.True(ring.Contains(TestKeys.IdOf(oldest)));
    }

    [Fact]
    public void UpperCaseHex_IsAccepted_AndGivesTheSameId()
    {
        var hex = TestKeys.NewHex();
        using var ring = KeyRingParser.Parse(hex.ToUpperInvariant(), null);
        Assert.Equal(TestKeys.IdOf(hex), ring.Newest.Id);
    }

    public static TheoryData<string?, string> InvalidKeys()
    {
        var valid = TestKeys.NewHex();
        return new TheoryData<string?, string>
        {
            { null, "ENCRYPTION_KEY is not set" },
            { string.Empty, "ENCRYPTION_KEY is not set" },
            { valid[..62], "it has 62 characters" },
            { valid + "ab", "it has 66 characters" },
            { valid[..63] + "g", "character 64 is not a hexadecimal digit" },
            { " " + valid[1..], "contains whitespace" },
            { valid[..63] + "\n", "contains whitespace" },
            { new string('0', 64), "is a placeholder" },
            { new string('f', 64), "is a placeholder" },
            { string.Concat(Enumerable.Repeat("deadbeef", 8)), "is a placeholder" },
            { string.Concat(Enumerable.Range(0, 32).Select(i => i.ToString("x2", System.Globalization.CultureInfo.InvariantCulture))), "is a placeholder" },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public void InvalidEncryptionKey_IsRefused_NamingTheVariableAndRule_NotTheValue(string? value, string expected)
    {
        var error = Assert.Throws<KeyRingConfigurationException>(() => KeyRingParser.Parse(value, null));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("ENCRYPTION_KEY", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(value) && value.Trim().Length >= 8)
        {
            Assert.DoesNotContain(value.Trim()[..8], error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void PreviousKeyProblems_NameTheEntry_AndAllProblemsAreReportedTogether()
    {
        var newest = TestKeys.NewHex();
        var error = Assert.Throws<KeyRingConfigurationException>(() => KeyRingParser.Parse(newest, $"{newest},,short"));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("ENCRYPTION_KEYS_PREVIOUS entry 1 is the same key as ENCRYPTION_KEY", error.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("ENCRYPTION_KEYS_PREVIOUS entry 2 is not set or empty", error.Problems[1], StringComparison.Ordinal);
        Assert.StartsWith("ENCRYPTION_KEYS_PREVIOUS entry 3 must be exactly 64", error.Problems[2], StringComparison.Ordinal);
        Assert.DoesNotContain(newest, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicatePreviousKeys_AreRefused()
    {
        var older = TestKeys.NewHex();
        var error = Assert.Throws<KeyRingConfigurationException>(() => KeyRingParser.Parse(TestKeys.NewHex(), $"{older},{older}"));
        Assert.Contains("entry 2 is the same key as ENCRYPTION_KEYS_PREVIOUS entry 1", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void MasterKey_TextFormsShowOnlyTheId_AndDisposeWipesIt()
    {
        var hex = TestKeys.NewHex();
        var key = MasterKey.FromBytes(Convert.FromHexString(hex));

        Assert.Equal($"MasterKey(id={key.Id})", key.ToString());
        key.Dispose();
        Assert.Throws<ObjectDisposedException>(() => key.Material.Length);
    }

    [Fact]
    public void KeyId_IsTheFirstFourBytesOfTheLabelledHmac()
    {
        var bytes = Convert.FromHexString(TestKeys.NewHex());
        var mac = System.Security.Cryptography.HMACSHA256.HashData(bytes, System.Text.Encoding.ASCII.GetBytes("eval752/key-id/v1"));

        Assert.Equal(Convert.ToHexStringLower(mac[..4]), KeyId.Derive(bytes).ToString());
        Assert.Equal(KeyId.Derive(bytes), KeyId.Parse(KeyId.Derive(bytes).ToString()));
        Assert.Equal(KeyId.Derive(bytes), KeyId.FromDatabase(KeyId.Derive(bytes).ToDatabase()));
    }
}
