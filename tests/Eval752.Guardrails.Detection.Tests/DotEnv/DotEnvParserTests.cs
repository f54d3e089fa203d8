using Eval752.Guardrails.Detection.DotEnv;

namespace Eval752.Guardrails.Detection.Tests.DotEnv;

public sealed class DotEnvParserTests
{
    [Fact]
    public void AssignmentsExportAndComments_AreRead()
    {
        var document = DotEnvParser.Parse("""
            # Shared key.
            # 64 hex characters.
            ENCRYPTION_KEY=abc

            export REDIS_URL=redis://localhost:6379 # inline comment
            EMPTY=
            """);

        Assert.Empty(document.Problems);
        Assert.Collection(
            document.Entries,
            e =>
            {
                Assert.Equal(("ENCRYPTION_KEY", "abc", 3, 1, 16), (e.Name, e.Value, e.Line, e.NameColumn, e.ValueColumn));
                Assert.Equal(["Shared key.", "64 hex characters."], e.Description);
            },
            e =>
            {
                Assert.Equal(("REDIS_URL", "redis://localhost:6379", 5), (e.Name, e.Value, e.Line));
                Assert.Empty(e.Description);
            },
            e => Assert.Equal(("EMPTY", string.Empty), (e.Name, e.Value)));
    }

    [Fact]
    public void QuotedValues_AreUnquoted_HashInsideQuotesIsKept()
    {
        var document = DotEnvParser.Parse("A=\"x # y\\n\"\nB='lit\\n' # c\nC=a#b\n");

        Assert.Empty(document.Problems);
        Assert.Equal("x # y\n", document.Find("A")!.Value);
        Assert.Equal("lit\\n", document.Find("B")!.Value);
        Assert.Equal("a#b", document.Find("C")!.Value);
        Assert.True(document.Find("A")!.IsQuoted);
    }

    [Fact]
    public void LineWithoutEquals_IsAProblemAtThatLine()
    {
        var document = DotEnvParser.Parse("A=1\n  JUST_A_NAME\nB=2\n");

        var problem = Assert.Single(document.Problems);
        Assert.Equal((DotEnvProblemKind.MissingEquals, 2, 3), (problem.Kind, problem.Line, problem.Column));
        Assert.Equal(["A", "B"], document.Entries.Select(e => e.Name));
    }

    [Fact]
    public void ByteOrderMark_IsAProblemOnLineOne_AndTheNameStaysClean()
    {
        var document = DotEnvParser.Parse("\uFEFFENCRYPTION_KEY=1\n");

        var problem = Assert.Single(document.Problems);
        Assert.Equal((DotEnvProblemKind.ByteOrderMark, 1, 1), (problem.Kind, problem.Line, problem.Column));
        Assert.Equal("ENCRYPTION_KEY", document.Entries[0].Name);
    }

    [Fact]
    public void CrlfLineEndings_AreReportedOnce_AndValuesHaveNoCarriageReturn()
    {
        var document = DotEnvParser.Parse("# c\r\nA=1\r\nB=2\r\n");

        var problem = Assert.Single(document.Problems);
        Assert.Equal((DotEnvProblemKind.CarriageReturn, 1), (problem.Kind, problem.Line));
        Assert.Equal("1", document.Find("A")!.Value);
        Assert.Equal("2", document.Find("B")!.Value);
    }

    [Fact]
    public void UnterminatedQuote_IsAProblemAtTheQuote_AndNoEntry()
    {
        var document = DotEnvParser.Parse("A=1\nB=\"open\nC=3\n");

        var problem = Assert.Single(document.Problems);
        Assert.Equal((DotEnvProblemKind.UnterminatedQuote, 2, 3), (problem.Kind, problem.Line, problem.Column));
        Assert.Null(document.Find("B"));
        Assert.NotNull(document.Find("C"));
    }

    [Theory]
    [InlineData("1ABC=x", 1)]
    [InlineData("MY-VAR=x", 3)]
    [InlineData("=x", 1)]
    [InlineData("export  MY VAR=x", 11)]
    public void InvalidNames_AreProblemsAtTheOffendingCharacter(string line, int column)
    {
        var problem = Assert.Single(DotEnvParser.Parse(line).Problems);
        Assert.Equal((DotEnvProblemKind.InvalidName, column), (problem.Kind, problem.Column));
    }

    [Fact]
    public void DuplicateNames_AreProblems_AndTheLastAssignmentWins()
    {
        var document = DotEnvParser.Parse("A=1\na=2\n");

        var problem = Assert.Single(document.Problems);
        Assert.Equal((DotEnvProblemKind.DuplicateName, 2), (problem.Kind, problem.Line));
        Assert.Contains("line 1", problem.Message, StringComparison.Ordinal);
        Assert.Equal("2", document.Find("A")!.Value);
    }

    [Fact]
    public void ProblemMessages_NeverContainValues()
    {
        var document = DotEnvParser.Parse("TOKEN=\"s3cr3t-value\nTOKEN=s3cr3t-value\nTOKEN=s3cr3t-value\n");

        Assert.NotEmpty(document.Problems);
        Assert.All(document.Problems, p => Assert.DoesNotContain("s3cr3t", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyAndWhitespaceInput_HasNoEntriesOrProblems()
    {
        Assert.Empty(DotEnvParser.Parse(string.Empty).Entries);
        Assert.Empty(DotEnvParser.Parse("  \n\t\n").Problems);
    }
}
