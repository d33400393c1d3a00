using System.Runtime.CompilerServices;

using ReadinessAction.Checklists;

namespace ReadinessAction.Claims.Lines;

/// <summary>
/// What a line sits under: its headings and the nearest pseudo-heading (a short paragraph line ending in ":", such as
/// "**Rollback triggers:**"). Lines under conditions, targets, plans or risks state no facts.
/// </summary>
public static class LineContext
{
    private static readonly ConditionalWeakTable<ChecklistDocument, Dictionary<int, string>> PseudoHeadings = [];

    public static bool StatesConditions(ClaimSource source)
    {
        var sections = LineTerms.Of("non-claim-sections");
        for (var section = source.Line.Section; section is { Level: > 0 }; section = section.Parent)
        {
            // The document's own title names what it reports on ("# Test Sign-Off Report"), not a section of conditions.
            if (sections.IsMatch(section.Title) && !IsDocumentTitle(section))
            {
                return true;
            }
        }

        return PseudoHeadingOf(source.Document, source.Line.Line) is { } pseudo && sections.IsMatch(pseudo);
    }

    private static bool IsDocumentTitle(ChecklistSection section) =>
        section.Level == 1 && section.Parent is { } root && root.Children.Count(c => c.Level == 1) == 1 && section.Children.Count > 0;

    public static string? PseudoHeadingOf(ChecklistDocument document, int line) =>
        PseudoHeadings.GetValue(document, Index).GetValueOrDefault(line);

    private static Dictionary<int, string> Index(ChecklistDocument document)
    {
        var index = new Dictionary<int, string>();
        string? current = null;
        foreach (var line in document.Lines)
        {
            if (line.Kind is LineKind.Heading)
            {
                current = null;
            }
            else if (line.Kind is LineKind.Paragraph && line.Text.Length <= 80)
            {
                current = line.Text.TrimEnd().EndsWith(':') ? line.Text : null;
            }
            else if (current is not null)
            {
                index[line.Line] = current;
            }
        }

        return index;
    }
}
