using System.Diagnostics;

namespace Eval752.Guardrails.Cli.Scanning;

/// <summary>
/// A one-line progress display for <c>scan</c> on an interactive terminal: nothing for the first second (a quick
/// scan stays quiet), then the count of files and bytes read and the current file, redrawn at most ten times a
/// second. Redirected stderr (CI logs, pre-commit) gets nothing, so the report stays the only output.
/// </summary>
internal sealed class ScanProgress(TextWriter writer, bool interactive, Func<TimeSpan> elapsed)
{
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private const int PathWidth = 48;

    private int files;
    private long bytes;
    private TimeSpan? lastDraw;
    private bool drawn;

    public static ScanProgress ForConsole()
    {
        var clock = Stopwatch.StartNew();
        return new ScanProgress(Console.Error, !Console.IsErrorRedirected, () => clock.Elapsed);
    }

    public void Advance(string relativePath, long length)
    {
        files++;
        bytes += length;
        var now = elapsed();
        if (!interactive || now < QuietFor || (lastDraw is { } last && now - last < RedrawEvery))
        {
            return;
        }

        lastDraw = now;
        drawn = true;
        var shown = relativePath.Length > PathWidth ? string.Concat("…", relativePath.AsSpan(relativePath.Length - PathWidth + 1)) : relativePath;
        writer.Write($"\rscanning: {files} files, {bytes / (1024 * 1024)} MiB, {now.TotalSeconds:F0} s  {shown.PadRight(PathWidth)}");
    }

    /// <summary>Clears the line, so the report that follows starts clean.</summary>
    public void Finish()
    {
        if (drawn)
        {
            writer.Write("\r" + new string(' ', 40 + PathWidth) + "\r");
        }
    }
}
