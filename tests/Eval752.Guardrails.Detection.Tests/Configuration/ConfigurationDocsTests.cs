using Eval752.Guardrails.Detection.Configuration;

namespace Eval752.Guardrails.Detection.Tests.Configuration;

public sealed class ConfigurationDocsTests
{
    [Fact]
    public void FirstCellsOfTableRows_AreDocumented_InCanonicalForm_WithTheirLines()
    {
        const string markdown = """
            # Configuration

            Prose mentions NOT_DOCUMENTED and `ALSO_NOT`.

            | Variable | Description |
            |:---|---:|
            | `Smtp:Host` | relay |
            | SMTP_PASSWORD | secret, mentions `LATER_CELL` |
            | `A__B` / `C:D` | two names |
            | not a name here | prose cell |

            | Header | Only |
            |---|---|
            """;

        Assert.Equal(
            [("Smtp__Host", 7), ("SMTP_PASSWORD", 8), ("A__B", 9), ("C__D", 9)],
            ConfigurationDocs.DocumentedNames(markdown));
    }

    [Theory]
    [InlineData("")]
    [InlineData("| only a header |")]
    [InlineData("||\n||\n||")]
    [InlineData("| `unclosed |\n|---|\n| `unclosed |")]
    public void BrokenOrEmptyTables_DocumentNothingAndDoNotThrow(string markdown) =>
        Assert.DoesNotContain(ConfigurationDocs.DocumentedNames(markdown), entry => entry.Name.Length == 0);
}
