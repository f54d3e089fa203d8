using Eval752.Guardrails.CodeFixes.MoveSecret;

namespace Eval752.Guardrails.CodeFixes.Tests;

public sealed class EnvExampleEditorTests
{
    [Fact]
    public void AVariableListedInTheOtherSpelling_IsNotAddedAgain() =>
        Assert.Null(EnvExampleEditor.AddVariables("smtp__password=\n", ["Smtp:Password"]));

    [Fact]
    public void WindowsLineEndings_AreKept_AndAMissingFinalNewLineIsAdded() =>
        Assert.Equal(
            "A=1\r\nB=2\r\n\r\n" + EnvExampleEditor.Comment + "\r\nOPENAI_API_KEY=\r\n",
            EnvExampleEditor.AddVariables("A=1\r\nB=2", ["OPENAI_API_KEY"]));

    [Fact]
    public void ANewFile_StartsWithTheComment() =>
        Assert.Equal(EnvExampleEditor.Comment + "\nX_TOKEN=\nY_TOKEN=\n", EnvExampleEditor.AddVariables(null, ["X_TOKEN", "Y_TOKEN", "X_TOKEN"]));

    [Fact]
    public void LaterAdditions_JoinTheGroupAnEarlierFixStarted()
    {
        var first = EnvExampleEditor.AddVariables("A=1\n", ["X_TOKEN"])! + "\n# Other.\nB=2\n";
        Assert.Equal(
            "A=1\n\n" + EnvExampleEditor.Comment + "\nX_TOKEN=\nY_TOKEN=\n\n# Other.\nB=2\n",
            EnvExampleEditor.AddVariables(first, ["Y_TOKEN"]));
    }
}
