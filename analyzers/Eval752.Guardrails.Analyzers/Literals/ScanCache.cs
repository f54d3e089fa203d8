using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Eval752.Guardrails.Detection.Secrets;

namespace Eval752.Guardrails.Analyzers.Literals;

/// <summary>
/// EG0001, EG0002 and EG0003 look at the same constant strings; the compiler hands each analyzer the
/// same string instance, so the engine's findings are kept per instance (weakly: they go with the string).
/// </summary>
internal static class ScanCache
{
    private static readonly ConditionalWeakTable<string, IReadOnlyList<SecretFinding>> Findings = new();

    public static IReadOnlyList<SecretFinding> Scan(string text) => Findings.GetValue(text, SecretScanner.Scan);
}
