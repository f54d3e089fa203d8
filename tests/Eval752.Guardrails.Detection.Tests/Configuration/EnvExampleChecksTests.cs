using System.Text;
using Eval752.Guardrails.Detection.Configuration;
using Eval752.Guardrails.Detection.Keys;

namespace Eval752.Guardrails.Detection.Tests.Configuration;

public sealed class EnvExampleChecksTests
{
    private const string Path = "/repo/.env.example";

    private static string[] Check(string text) => Check(Encoding.UTF8.GetBytes(text));

    private static string[] Check(byte[] bytes) =>
        [.. EnvExampleChecks.Check(Path, bytes).Select(f => $"{f.Rule.Id} {f.Line}:{f.Column}")];

    [Fact]
    public void PlaceholderKey_IsClean() =>
        Assert.Empty(Check($"# key\nENCRYPTION_KEY={EncryptionKeyFormat.Placeholder}\nOTHER=\n"));

    [Fact]
    public void MissingKey_IsReportedOnLineOne() =>
        Assert.Equal(["EG0207 1:1"], Check("OTHER=1\n"));

    [Theory]
    [InlineData("ENCRYPTION_KEY=\n")]
    [InlineData("ENCRYPTION_KEY=changeme\n")]
    [InlineData("ENCRYPTION_KEY=\"\"\n")]
    public void MalformedKey_IsReportedAtTheValue(string text) =>
        Assert.Equal(["EG0207 1:16"], Check(text));

    [Fact]
    public void MalformedLines_AreReportedAtTheirLines_AndTheKeyIsStillChecked() =>
        Assert.Equal(
            ["EG0208 2:1", "EG0208 3:3", "EG0207 4:16"],
            Check($"A=1\nNOT_AN_ASSIGNMENT\nB=\"open\nENCRYPTION_KEY=xyz\n"));

    [Fact]
    public void ByteOrderMarkAndCrlf_AreReported()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"ENCRYPTION_KEY={EncryptionKeyFormat.Placeholder}\r\n")).ToArray();
        Assert.Equal(["EG0208 1:1", "EG0208 1:80"], Check(bytes));
    }

    [Fact]
    public void InvalidUtf8_IsOneClearFinding() =>
        Assert.Equal(["EG0208 1:1"], Check([0x41, 0x3d, 0xff, 0xfe, 0x0a]));

    [Fact]
    public void MissingFile_IsOneFindingThatSaysHowToFixIt()
    {
        var finding = Assert.Single(EnvExampleChecks.MissingFile(Path));
        Assert.Equal("EG0207", finding.Rule.Id);
        Assert.Contains("not found", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Eval752EnvExample", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_NeverContainTheValue()
    {
        var findings = EnvExampleChecks.Check(Path, Encoding.UTF8.GetBytes("ENCRYPTION_KEY=Sup3rS3cretButTooShort\n"));
        Assert.All(findings, f => Assert.DoesNotContain("Sup3rS3cret", f.Message, StringComparison.Ordinal));
    }
}
