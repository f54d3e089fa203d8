using Microsoft.CodeAnalysis;

namespace Eval752.Guardrails.Analyzers.Flow;

/// <summary>
/// What an expression may carry: a secret (<see cref="Origin"/>), and, while a method's summary is computed,
/// which of its parameters flow into it (<see cref="Parameters"/>, one bit per parameter ordinal below 32).
/// <see cref="Leaf"/> is the sub-expression of the analysed argument where the secret enters, which the code fix wraps.
/// </summary>
internal readonly struct Taint(SecretOrigin? origin, uint parameters, IOperation? leaf)
{
    public static Taint None => default;

    public SecretOrigin? Origin { get; } = origin;

    public uint Parameters { get; } = parameters;

    public IOperation? Leaf { get; } = leaf;

    public bool IsSecret => Origin is not null;

    public bool IsNone => Origin is null && Parameters == 0;

    public static Taint Secret(SecretOrigin origin) => new(origin, 0, null);

    public static Taint Parameter(int ordinal) => ordinal is >= 0 and < 32 ? new Taint(null, 1u << ordinal, null) : None;

    public Taint WithLeaf(IOperation leaf) => IsSecret && Leaf is null ? new Taint(Origin, Parameters, leaf) : this;

    /// <summary>The first origin wins (it names the diagnostic); parameter flows accumulate.</summary>
    public Taint Union(Taint other) => new(Origin ?? other.Origin, Parameters | other.Parameters, Origin is not null ? Leaf : other.Leaf);
}
