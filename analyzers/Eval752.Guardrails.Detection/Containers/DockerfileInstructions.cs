using System;
using System.Collections.Generic;
using System.Text;

namespace Eval752.Guardrails.Detection.Containers;

/// <summary>One Dockerfile instruction: its keyword (upper case), arguments and the line it starts on (1-based).</summary>
internal sealed record DockerfileInstruction(string Keyword, string Arguments, int Line);

/// <summary>
/// Splits a Dockerfile into instructions the way BuildKit reads it: <c>#</c> comment lines, blank lines,
/// line continuations with the escape character (<c>\</c>, or <c>`</c> after a <c># escape=`</c> parser
/// directive), comment lines inside a continuation skipped. Heredoc bodies are not interpreted (their lines
/// are read as instructions only if they look like one; USER never appears in them in practice). Linear.
/// </summary>
internal static class DockerfileInstructions
{
    /// <summary>What separates words in an instruction.</summary>
    public static readonly char[] Blanks = { ' ', '\t' };

    public static IReadOnlyList<DockerfileInstruction> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var escape = EscapeCharacter(lines);
        var instructions = new List<DockerfileInstruction>();
        var current = new StringBuilder();
        var startLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (current.Length == 0 && (trimmed.Length == 0 || trimmed[0] == '#'))
            {
                continue;
            }

            if (current.Length > 0 && trimmed.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (current.Length == 0)
            {
                startLine = i + 1;
            }

            var continues = trimmed.Length > 0 && trimmed[trimmed.Length - 1] == escape;
            current.Append(continues ? trimmed.Substring(0, trimmed.Length - 1) : trimmed).Append(' ');
            if (!continues)
            {
                Add(current.ToString(), startLine, instructions);
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            Add(current.ToString(), startLine, instructions);
        }

        return instructions;
    }

    private static void Add(string instruction, int line, List<DockerfileInstruction> instructions)
    {
        var text = instruction.Trim();
        var space = text.IndexOfAny(Blanks);
        var keyword = (space < 0 ? text : text.Substring(0, space)).ToUpperInvariant();
        instructions.Add(new DockerfileInstruction(keyword, space < 0 ? string.Empty : text.Substring(space + 1).Trim(), line));
    }

    /// <summary>The <c># escape=</c> parser directive (only in the leading comment block), default backslash.</summary>
    private static char EscapeCharacter(string[] lines)
    {
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (!trimmed.StartsWith("#", StringComparison.Ordinal))
            {
                break;
            }

            var directive = trimmed.Substring(1).Replace(" ", string.Empty);
            if (directive.StartsWith("escape=", StringComparison.OrdinalIgnoreCase) && directive.Length > "escape=".Length)
            {
                return directive["escape=".Length];
            }
        }

        return '\\';
    }
}
