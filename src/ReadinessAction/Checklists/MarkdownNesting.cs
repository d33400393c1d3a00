using System.Text;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Checklists;

/// <summary>
/// Caps how deep lists and quotes can nest before Markdig sees the text: Markdig refuses (throws) past its own depth
/// limit and slows down quadratically before it. Real checklists nest a few levels; deeper lines are flattened.
/// </summary>
internal static class MarkdownNesting
{
    public const int MaxIndent = 40;
    public const int MaxDepth = 16;

    public static string Limit(string text, string path, DiagnosticBag diagnostics)
    {
        // Lines are read in place; a new text is built only once a line must be flattened.
        StringBuilder? output = null;
        var copied = 0;
        int? firstFlattened = null;
        var flattened = 0;
        var number = 0;
        for (var start = 0; start <= text.Length; number++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var (prefixLength, keep) = MeasurePrefix(text.AsSpan(start, end - start));
            if (keep != prefixLength)
            {
                output ??= new StringBuilder(text.Length);
                output.Append(text, copied, start + keep - copied);
                copied = start + prefixLength;
                firstFlattened ??= number + 1;
                flattened++;
            }

            start = end + 1;
        }

        if (output is null)
        {
            return text;
        }

        diagnostics.Warning(
            "checklist-too-deep",
            $"{flattened} lines nest deeper than {MaxDepth} lists or quotes (or {MaxIndent} columns); they were read at that depth",
            path,
            firstFlattened);
        return output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Length of the line's nesting prefix (spaces, quote marks, list markers) and how much of it to keep.</summary>
    private static (int PrefixLength, int Keep) MeasurePrefix(ReadOnlySpan<char> line)
    {
        var position = 0;
        var depth = 0;
        var keep = -1;
        while (position < line.Length)
        {
            var marker = MarkerLength(line, position);
            if (marker == 0)
            {
                break;
            }

            depth += line[position] is ' ' or '\t' ? 0 : 1;
            position += marker;
            if (keep < 0 && (depth > MaxDepth || position > MaxIndent))
            {
                keep = position - marker;
            }
        }

        return (position, keep < 0 ? position : keep);
    }

    private static int MarkerLength(ReadOnlySpan<char> line, int at)
    {
        var c = line[at];
        if (c is ' ' or '\t' or '>')
        {
            return 1;
        }

        var next = at + 1 < line.Length ? line[at + 1] : '\n';
        if (c is '-' or '*' or '+' && next == ' ')
        {
            return 2;
        }

        var digits = 0;
        while (at + digits < line.Length && digits < 9 && char.IsAsciiDigit(line[at + digits]))
        {
            digits++;
        }

        var end = at + digits;
        return digits > 0 && end + 1 < line.Length && line[end] is '.' or ')' && line[end + 1] == ' ' ? digits + 2 : 0;
    }
}
