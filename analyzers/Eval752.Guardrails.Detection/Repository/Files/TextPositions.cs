using System.Runtime.CompilerServices;
using System.Collections.Generic;

namespace Eval752.Guardrails.Detection.Repository.Files;

/// <summary>
/// Offsets to 1-based lines and columns. The line starts are found once (one pass) and looked up by binary
/// search, so reporting many findings in a large file stays linear instead of rescanning from the top each time.
/// </summary>
internal sealed class TextPositions
{
    private readonly List<int> lineStarts = new() { 0 };

    [MethodImpl(Hot.Loop)]
    public TextPositions(string text)
    {
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }
    }

    public int LineCount => lineStarts.Count;

    public (int Line, int Column) Of(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - lineStarts[index] + 1);
    }

    /// <summary>The offset where a 1-based line starts and its length without the line break.</summary>
    public (int Start, int Length) LineSpan(string text, int line)
    {
        var start = lineStarts[line - 1];
        var end = line < lineStarts.Count ? lineStarts[line] - 1 : text.Length;
        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        return (start, end - start);
    }
}
