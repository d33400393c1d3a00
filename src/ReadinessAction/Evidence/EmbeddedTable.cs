using System.Reflection;
using System.Text;

namespace ReadinessAction.Evidence;

/// <summary>
/// A tab-separated data table embedded in the assembly: '#' lines are comments, every other non-empty line a row of
/// exactly the given number of cells. A missing or malformed table is a build bug and throws.
/// </summary>
internal static class EmbeddedTable
{
    public static IEnumerable<string[]> Rows(string resource, int columns)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The table '{resource}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            rows.Add(cells.Length == columns ? cells : throw new InvalidOperationException($"{resource}: '{line}' does not have {columns} columns"));
        }

        return rows;
    }

    /// <summary>A regex alternation matched case-insensitively as whole words (no letter, digit or hyphen beside it).</summary>
    public static System.Text.RegularExpressions.Regex WholeWords(string alternation) =>
        new($@"(?<![\p{{L}}\p{{N}}-])(?:{alternation})(?![\p{{L}}\p{{N}}])", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
