using Eval752.Guardrails.CodeFixes.Listings;

namespace Eval752.Guardrails.CodeFixes.Tests;

public sealed class ConfigurationDocsEditorTests
{
    private const string Stub = ConfigurationDocsEditor.DescriptionStub;

    [Fact]
    public void Rows_AreAddedAfterTheFirstTablesLastRow_WithItsColumnCount() =>
        Assert.Equal(
            $"# Configuration\n\n| Variable | Secret | Description |\n|---|---|---|\n| `A` | no | a |\n| `B__C` |  | {Stub} |\n| `D` |  | {Stub} |\n\nMore prose.\n",
            ConfigurationDocsEditor.Add("# Configuration\n\n| Variable | Secret | Description |\n|---|---|---|\n| `A` | no | a |\n\nMore prose.\n", ["D", "B:C", "a"]));

    [Fact]
    public void Row_TakesItsSortedPlaceAmongTheRows() =>
        Assert.Equal(
            $"| Variable | Description |\n|---|---|\n| `A` | a |\n| `B` | {Stub} |\n| `C` | c |\n",
            ConfigurationDocsEditor.Add("| Variable | Description |\n|---|---|\n| `A` | a |\n| `C` | c |\n", ["B"]));

    [Fact]
    public void FileWithoutATable_GetsOne() =>
        Assert.Equal(
            $"# Settings\n\nSome prose.\n\n| Variable | Description |\n|---|---|\n| `X` | {Stub} |\n",
            ConfigurationDocsEditor.Add("# Settings\n\nSome prose.", ["X"]));

    [Fact]
    public void MissingFile_IsCreated() =>
        Assert.Equal(
            $"# Configuration\n\n| Variable | Description |\n|---|---|\n| `X` | {Stub} |\n",
            ConfigurationDocsEditor.Add(null, ["X"]));

    [Fact]
    public void AlreadyDocumented_ChangesNothing() =>
        Assert.Null(ConfigurationDocsEditor.Add("| Variable |\n|---|\n| X__Y |\n", ["X:Y"]));
}
