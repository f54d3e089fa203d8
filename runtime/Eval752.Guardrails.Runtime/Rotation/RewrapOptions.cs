namespace Eval752.Guardrails.Runtime.Rotation;

/// <summary>How a rewrap runs: batch size, throttle between batches, progress reporting.</summary>
public sealed record RewrapOptions
{
    /// <summary>Rows re-encrypted per transaction. Smaller batches hold row locks for less time.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>
    /// Batches in flight at once, each in its own transaction (SKIP LOCKED keeps them apart): one
    /// re-encrypts while another waits on the database. 1 rewraps strictly in order.
    /// </summary>
    public int Parallelism { get; init; } = 2;

    /// <summary>Pause between batches, to leave the database room for live traffic.</summary>
    public TimeSpan DelayBetweenBatches { get; init; } = TimeSpan.Zero;

    public IProgress<RewrapProgress>? Progress { get; init; }

    public string Actor { get; init; } = "rewrap";
}
