using Eval752.Guardrails.Detection.Containers;

namespace Eval752.Guardrails.Detection.Tests.Containers;

public sealed class ContainerUserCheckTests
{
    private static string[] Check(string dockerfile, string user = ContainerUserCheck.DefaultUser) =>
        [.. ContainerUserCheck.Check("/repo/Dockerfile", dockerfile, user).Select(f => $"{f.Rule.Id} {f.Line}")];

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nRUN useradd eval752\nUSER eval752\nENTRYPOINT [\"dotnet\", \"App.dll\"]\n")]
    [InlineData("FROM alpine\nUSER eval752:eval752\n")]
    [InlineData("FROM sdk AS build\nRUN make\n\nFROM aspnet AS final\nUSER root\nRUN apt-get update\nUSER eval752\n")]
    [InlineData("FROM base AS runtime\nUSER eval752\n\nFROM runtime\nCOPY app /app\n")]
    [InlineData("ARG APP_USER=eval752\nFROM alpine\nUSER ${APP_USER}\n")]
    [InlineData("# escape=`\nFROM alpine\nRUN echo a `\n  && echo b\nuser eval752\n")]
    public void FinalStageRunningAsTheUser_IsClean(string dockerfile) =>
        Assert.Empty(Check(dockerfile));

    [Theory]
    [InlineData("FROM alpine\nRUN echo hi\n", "EG0303 1")]
    [InlineData("FROM sdk AS build\nUSER eval752\n\nFROM aspnet\nCOPY --from=build /app /app\n", "EG0303 4")]
    [InlineData("FROM alpine\nUSER root\n", "EG0303 2")]
    [InlineData("FROM alpine\nUSER 0:0\n", "EG0303 2")]
    [InlineData("FROM alpine\nUSER eval752\nRUN \\\n  echo hi\nUSER root\n", "EG0303 5")]
    [InlineData("FROM alpine\nUSER app\n", "EG0303 2")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER $APP_UID\n", "EG0303 2")]
    public void FinalStageNotRunningAsTheUser_IsReported(string dockerfile, string expected) =>
        Assert.Equal([expected], Check(dockerfile));

    [Fact]
    public void SwitchingBackToRoot_SaysSo()
    {
        var finding = Assert.Single(ContainerUserCheck.Check("/r/Dockerfile", "FROM alpine\nUSER eval752\nUSER root\n", ContainerUserCheck.DefaultUser));
        Assert.Contains("switches back to root", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConfiguredUserIsTheOneRequired()
    {
        Assert.Empty(Check("FROM alpine\nUSER svc\n", user: "svc"));
        Assert.Equal(["EG0303 2"], Check("FROM alpine\nUSER eval752\n", user: "svc"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("USER eval752\n")]
    [InlineData("FROM\n")]
    public void FilesWithoutAStage_OrMalformed_DoNotThrow(string dockerfile) =>
        Assert.True(Check(dockerfile).Length <= 1);
}
