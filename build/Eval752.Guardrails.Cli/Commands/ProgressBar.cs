using Eval752.Guardrails.Runtime.Rotation;

namespace Eval752.Guardrails.Cli.Commands;

/// <summary>A one-line progress bar on stderr when it is a terminal; plain lines when redirected (CI logs).</summary>
internal sealed class ProgressBar : IProgress<RewrapProgress>
{
    private const int Width = 30;
    private readonly bool interactive = !Console.IsErrorRedirected;

    public void Report(RewrapProgress value)
    {
        var todo = Math.Max(1, value.Total - value.AlreadyCurrent);
        var done = Math.Min(todo, value.Rewrapped + value.Undecryptable);
        var filled = (int)(Width * done / todo);
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{todo} rewrapped or checked, batch {value.Batches}";
        if (interactive)
        {
            Console.Error.Write("\r" + line);
        }
        else
        {
            Console.Error.WriteLine(line);
        }
    }

    public void Finish()
    {
        if (interactive)
        {
            Console.Error.WriteLine();
        }
    }
}
