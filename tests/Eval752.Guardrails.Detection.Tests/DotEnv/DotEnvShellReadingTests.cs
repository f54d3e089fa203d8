using Eval752.Guardrails.Detection.DotEnv;

namespace Eval752.Guardrails.Detection.Tests.DotEnv;

/// <summary>Lines that a shell sourcing the file reads differently from Docker Compose and dotenv libraries.</summary>
public sealed class DotEnvShellReadingTests
{
    private static string[] Problems(string text) =>
        [.. DotEnvParser.Parse(text).Problems.Select(p => $"{p.Kind} {p.Line}:{p.Column}")];

    [Theory]
    [InlineData("NAME =value", "SpaceAroundEquals 1:5")]
    [InlineData("NAME\t=value", "SpaceAroundEquals 1:5")]
    [InlineData("NAME= value", "SpaceAroundEquals 1:6")]
    [InlineData("export NAME= value", "SpaceAroundEquals 1:13")]
    public void SpaceAroundEquals_IsReportedWhereTheSpaceIs(string line, string expected) =>
        Assert.Equal([expected], Problems(line));

    [Theory]
    [InlineData("NAME=")]
    [InlineData("NAME=   ")]
    [InlineData("NAME=   # no value yet")]
    [InlineData("NAME=value # trailing comment")]
    public void EmptyValuesAndTrailingComments_AreNotSpaceProblems(string line) =>
        Assert.Empty(Problems(line));

    [Theory]
    [InlineData("export URL=http://$HOST:8080", "ShellExpansion 1:19")]
    [InlineData("export URL=\"${HOST}/v1\"", "ShellExpansion 1:13")]
    [InlineData("export NOW=`date`", "ShellExpansion 1:12")]
    [InlineData("export GREETING=hello world", "ShellExpansion 1:22")]
    public void ExportedValuesTheShellWouldChange_AreReported(string line, string expected) =>
        Assert.Equal([expected], Problems(line));

    [Theory]
    [InlineData("export URL='http://$HOST:8080'")]
    [InlineData("export PRICE=\"costs \\$5\"")]
    [InlineData("export GREETING=\"hello world\"")]
    [InlineData("URL=http://$HOST:8080")]
    [InlineData("GREETING=hello world")]
    [InlineData("export NAME=value # comment with $dollar")]
    public void QuotedEscapedOrNotExportedValues_AreNotShellProblems(string line) =>
        Assert.Empty(Problems(line));

    [Fact]
    public void MessagesNameTheVariableButNeverTheValue()
    {
        var problem = Assert.Single(DotEnvParser.Parse("export API_TOKEN=abc$def").Problems);
        Assert.Contains("API_TOKEN", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abc", problem.Message, StringComparison.Ordinal);
    }
}
