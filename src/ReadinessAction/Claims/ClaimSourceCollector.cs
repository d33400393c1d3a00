using System.Text.RegularExpressions;

using ReadinessAction.Checklists;

namespace ReadinessAction.Claims;

/// <summary>
/// Picks the lines of a document that can hold claims and decides whether each asserts or requires: a checked item,
/// a heading, a status line, a table row stating a value assert; an unchecked item requires.
/// </summary>
public static partial class ClaimSourceCollector
{
    public static IEnumerable<ClaimSource> Collect(ChecklistDocument document)
    {
        foreach (var line in document.Lines)
        {
            var source = line.Kind switch
            {
                _ when line.Item is { } item => new ClaimSource(document, line, line.Text, item.IsChecked, ClaimOrigin.TaskItem),
                LineKind.Heading => new ClaimSource(document, line, line.Text, true, ClaimOrigin.Heading),
                LineKind.TableRow => new ClaimSource(document, line, line.Text, TableRowAsserts(line), ClaimOrigin.TableRow),
                LineKind.FrontMatter => new ClaimSource(document, line, line.Text, true, ClaimOrigin.FrontMatter),
                _ when StatusLine().IsMatch(line.Text) => new ClaimSource(document, line, line.Text, true, ClaimOrigin.StatusLine),
                LineKind.ListItem when IsMarkedListLine(line) => new ClaimSource(document, line, line.Text, !StatusMarkers.HasNotDone(line.Text), ClaimOrigin.ListLine),
                LineKind.ListItem when ItemCount().IsMatch(line.Text) => new ClaimSource(document, line, line.Text, true, ClaimOrigin.ListLine),
                LineKind.ListItem or LineKind.Paragraph => new ClaimSource(document, line, line.Text, !StatusMarkers.HasNotDone(line.Text), ClaimOrigin.ProseLine),
                _ => null,
            };
            if (source is not null && !TemplatePlaceholder().IsMatch(line.Text))
            {
                yield return source;
            }
        }
    }

    /// <summary>A row asserts unless it is ticked off as open (☐) without stating a value beyond its label.</summary>
    private static bool TableRowAsserts(ChecklistLine line) =>
        !UncheckedCell().IsMatch(line.Text) || (line.Cells ?? []).Skip(1).Any(c => c.Any(char.IsAsciiDigit));

    /// <summary>A list line carrying its own marker, or sitting in a section whose heading says done.</summary>
    private static bool IsMarkedListLine(ChecklistLine line) =>
        StatusMarkers.HasAny(line.Text) || (line.Section.Level > 0 && StatusMarkers.HasDone(line.Section.Title));

    /// <summary>"Test pass rate: [%]", "| Tests Fixed | 130 | [number] |", "Coverage: ___%": a template to fill in, no claim.</summary>
    [GeneratedRegex(@"\[(?:%|#|n|number|count|value|tbd|percent)\]|_{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex TemplatePlaceholder();

    [GeneratedRegex(@"[☐⬜]|\[ \]")]
    private static partial Regex UncheckedCell();

    [GeneratedRegex(@"^[^\p{L}\d]*(?:overall\s+|current\s+|final\s+)?(?:status|completion(?:\s+status)?|progress|score|readiness|coverage|code coverage|test coverage|tests|test results|pass rate|total\s+[\w\s]*items)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"\d+\s*(?:/|of)\s*\d+\s+(?:items|tasks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ItemCount();
}
