namespace Eval752.Guardrails.Runtime.Storage;

/// <summary>One versioned schema change. Versions only grow; applied ones are never edited.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
