using Eval752.Guardrails.Runtime.Vault;

namespace Eval752.Guardrails.Runtime.Tests.Vault;

public sealed class ProviderFieldsTests
{
    [Theory]
    [InlineData("", "openai", "name")]
    [InlineData(" padded", "openai", "name")]
    [InlineData("ok", "", "kind")]
    public void InvalidMetadata_IsRejectedNamingTheField(string name, string kind, string field) =>
        Assert.Equal(field, Assert.Throws<ArgumentException>(() => ProviderFields.Validate(name, kind)).ParamName);

    [Fact]
    public void TooLongName_IsRejected_AndOptionalFieldsMayBeNull()
    {
        Assert.Throws<ArgumentException>(() => ProviderFields.Validate(new string('n', 201), "openai"));
        ProviderFields.Validate(null, null, required: false);
        ProviderFields.Validate(new string('n', 200), "openai");
    }
}
