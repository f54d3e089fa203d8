using Eval752.Guardrails.Detection.Baseline;

namespace Eval752.Guardrails.Detection.Tests.Baseline;

public sealed class BaselineFileTests
{
    [Fact]
    public void JustifiedEntries_AcceptTheirFinding_Only()
    {
        var baseline = BaselineFile.Parse("""
            {
              "version": 1,
              "entries": [
                { "rule": "EG0001", "fingerprint": "aaaa", "path": "src/A.cs", "justification": "revoked" },
                { "rule": "EG0003", "fingerprint": "bbbb", "path": "src\\B.cs", "justification": "  " }
              ]
            }
            """);

        Assert.True(baseline.Accepts("EG0001", "aaaa", "src/A.cs"));
        Assert.False(baseline.Accepts("EG0001", "aaaa", "src/Other.cs"));
        Assert.False(baseline.Accepts("EG0002", "aaaa", "src/A.cs"));
        Assert.False(baseline.Accepts("EG0003", "bbbb", "src/B.cs"));
        var problem = Assert.Single(baseline.Problems);
        Assert.Equal(5, problem.Line);
        Assert.Contains("no justification", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"entries\": [ { \"rule\": \"EG0001\", ", 1)]
    [InlineData("{\n  \"entries\": [\n    { \"rule\": \"EG0001\" oops }\n  ]\n}", 3)]
    [InlineData("[]", 1)]
    [InlineData("{ \"entries\": [ 1 ] }", 1)]
    [InlineData("{ \"entries\": [ { \"rule\": \"EG0001\" } ] }", 1)]
    public void MalformedBaselines_AreProblemsAtTheirLine_AndAcceptNothing(string text, int line)
    {
        var baseline = BaselineFile.Parse(text);

        Assert.Equal(line, Assert.Single(baseline.Problems).Line);
        Assert.False(baseline.Accepts("EG0001", "x", "y"));
    }

    [Fact]
    public void DeeplyNestedJson_IsRejected_NotAStackOverflow() =>
        Assert.Single(BaselineFile.Parse(new string('[', 10_000)).Problems);
}
