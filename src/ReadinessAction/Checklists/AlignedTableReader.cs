using System.Text.RegularExpressions;

namespace ReadinessAction.Checklists;

/// <summary>
/// Pandoc's simple and multiline tables (what a Word report converted to Markdown holds): a header line over a line of
/// dash runs, one run per column, then rows whose words sit under those runs, up to a blank line (simple) or a closing
/// line of dashes (multiline, rows separated by blank lines). Markdig reads them as paragraphs; this reads their
/// columns. Pure.
/// </summary>
internal static partial class AlignedTableReader
{
    internal sealed record AlignedRow(int Line, IReadOnlyList<string> Cells);

    internal sealed record AlignedTable(int HeaderLine, IReadOnlyList<string> Header, IReadOnlyList<AlignedRow> Rows);

    public static IReadOnlyList<AlignedTable> Read(string markdown)
    {
        // Lines are ranges of the text: only a table's own lines become strings.
        var lines = LineRanges(markdown);
        string Text(int line) => markdown.Substring(lines[line].Start, lines[line].Length);
        ReadOnlySpan<char> At(int line) => markdown.AsSpan(lines[line].Start, lines[line].Length);
        var tables = new List<AlignedTable>();
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            if (!DashLine().IsMatch(At(i)))
            {
                continue; // most lines: the anchored test fails at their first character
            }

            var runs = Runs().Matches(Text(i)).Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();
            if (runs.Count < 3 || At(i - 1).Trim().Length == 0)
            {
                continue;
            }

            var header = Split(Emphasis().Replace(Text(i - 1), m => new string(' ', m.Length)), runs);
            if (header.Count(h => h.Length > 0) < 3)
            {
                continue;
            }

            var multiline = i >= 2 && DashLine().IsMatch(At(i - 2)) && Runs().Count(At(i - 2)) == 1;
            var rows = new List<AlignedRow>();
            var j = i + 1;
            for (; j < lines.Count; j++)
            {
                if (At(j).Trim().Length == 0)
                {
                    if (multiline)
                    {
                        continue;
                    }

                    break;
                }

                if (DashLine().IsMatch(At(j)))
                {
                    break;
                }

                rows.Add(new AlignedRow(j + 1, Split(Text(j), runs)));
            }

            if (rows.Count > 0)
            {
                tables.Add(new AlignedTable(i, header, rows));
            }

            i = j;
        }

        return tables;
    }

    /// <summary>Where each line of the text starts and how long it is without its line break ("\r\n" or "\n").</summary>
    private static List<(int Start, int Length)> LineRanges(string text)
    {
        var lines = new List<(int Start, int Length)>();
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lines.Add((start, text.AsSpan(start, end - start).TrimEnd('\r').Length));
            start = end + 1;
        }

        return lines;
    }

    /// <summary>Each word goes to the column whose dash run it overlaps most, else the nearest one.</summary>
    private static List<string> Split(string line, List<(int Start, int End)> runs)
    {
        var cells = runs.Select(_ => new List<string>()).ToList();
        foreach (Match word in Words().Matches(line))
        {
            var (start, end) = (word.Index, word.Index + word.Length);
            var best = Enumerable.Range(0, runs.Count)
                .OrderByDescending(c => Math.Min(end, runs[c].End) - Math.Max(start, runs[c].Start))
                .First();
            cells[best].Add(word.Value);
        }

        return [.. cells.Select(c => string.Join(' ', c))];
    }

    [GeneratedRegex(@"^\s*-{3,}(?:\s+-{3,})*\s*$")]
    private static partial Regex DashLine();

    [GeneratedRegex(@"-{3,}")]
    private static partial Regex Runs();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\*\*|__")]
    private static partial Regex Emphasis();
}
