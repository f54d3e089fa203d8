namespace Eval752.Guardrails.Runtime.Rotation;

/// <summary>How a rewrap runs: batch size, throttle between batches, progress reporting.</summary>
public sealed record RewrapOptions
{
    /// <summary>Rows re-encrypted per transaction. Smaller batches hold row locks for less time.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Pause between batches, to leave the database room for live traffic.</summary>
    public TimeSpan DelayBetweenBatches { get; init; } = TimeSpan.Zero;

    public IProgress<RewrapProgress>? Progress { get; init; }

    public string Actor { get; init; } = "rewrap";
}
