using System.Runtime.CompilerServices;

namespace Eval752.Guardrails.Detection;

/// <summary>
/// The method-implementation flags of the engine's hot loops (the shape pass, the value readers): jitted fully
/// optimized on first call instead of starting in tier-0 code. A scan calls them over thousands of files in a
/// process that lives seconds, where tiering (and dynamic PGO) kept them slow for most of the run
/// (docs/performance.md). Only where the framework defines <c>AggressiveOptimization</c> (the CLI's net10.0 copy);
/// the netstandard2.0 copies (analyzers, tasks, possibly loaded by .NET Framework) get no flag at all.
/// </summary>
internal static class Hot
{
#if NET
    public const MethodImplOptions Loop = MethodImplOptions.AggressiveOptimization;
#else
    public const MethodImplOptions Loop = 0;
#endif
}
