using System.Runtime.CompilerServices;

namespace Eval752.Guardrails.Detection;

/// <summary>
/// The method-implementation flags of the engine's hot loops (the shape pass, the value readers): jitted fully
/// optimized on first call instead of starting in tier-0 code. A scan or a build task calls them over thousands of
/// files in a process that lives seconds, where tiering (and dynamic PGO) kept them slow for most of the run
/// (docs/performance.md). <c>AggressiveOptimization</c> is not in netstandard2.0's enum; runtimes without it ignore it.
/// </summary>
internal static class Hot
{
    public const MethodImplOptions Loop = (MethodImplOptions)512;
}
