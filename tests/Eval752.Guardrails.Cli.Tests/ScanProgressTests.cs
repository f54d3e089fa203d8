using Eval752.Guardrails.Cli.Scanning;

namespace Eval752.Guardrails.Cli.Tests;

/// <summary>The scan's progress line: quiet for a second, throttled, cleared at the end, never on redirected output.</summary>
public sealed class ScanProgressTests
{
    private TimeSpan now;

    private ScanProgress Create(StringWriter writer, bool interactive) => new(writer, interactive, () => now);

    [Fact]
    public void AQuickScan_DrawsNothing()
    {
        using var writer = new StringWriter();
        var progress = Create(writer, interactive: true);

        now = TimeSpan.FromMilliseconds(900);
        progress.Advance("src/a.yml", 100);
        progress.Finish();

        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void ALongScanOnATerminal_RedrawsOneLineAtMostTenTimesASecond_AndClearsIt()
    {
        using var writer = new StringWriter();
        var progress = Create(writer, interactive: true);

        now = TimeSpan.FromSeconds(1);
        progress.Advance("src/a.yml", 2 * 1024 * 1024);
        now = TimeSpan.FromSeconds(1.05);
        progress.Advance("src/b.yml", 1);
        now = TimeSpan.FromSeconds(1.2);
        progress.Advance("src/c.yml", 1);
        progress.Finish();

        var text = writer.ToString();
        Assert.Equal(2, text.Split("\rscanning:").Length - 1);
        Assert.Contains("scanning: 3 files, 2 MiB, 1 s  src/c.yml", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
        Assert.EndsWith("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RedirectedOutput_GetsNoProgress()
    {
        using var writer = new StringWriter();
        var progress = Create(writer, interactive: false);

        now = TimeSpan.FromSeconds(30);
        progress.Advance("src/a.yml", 100);
        progress.Finish();

        Assert.Equal(string.Empty, writer.ToString());
    }
}
