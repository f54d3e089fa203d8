using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.DotEnv;

/// <summary>One <c>NAME=value</c> assignment of a .env file. Lines and columns are 1-based.</summary>
internal sealed class DotEnvEntry
{
    public DotEnvEntry(string name, string value, int line, int nameColumn, int valueColumn, bool isQuoted, IReadOnlyList<string> description)
    {
        Name = name;
        Value = value;
        Line = line;
        NameColumn = nameColumn;
        ValueColumn = valueColumn;
        IsQuoted = isQuoted;
        Description = description;
    }

    public string Name { get; }

    /// <summary>The value after unquoting. Treat it as secret: never print it.</summary>
    public string Value { get; }

    public int Line { get; }

    public int NameColumn { get; }

    public int ValueColumn { get; }

    public bool IsQuoted { get; }

    /// <summary>The comment lines directly above the assignment, without their leading <c>#</c>.</summary>
    public IReadOnlyList<string> Description { get; }
}
