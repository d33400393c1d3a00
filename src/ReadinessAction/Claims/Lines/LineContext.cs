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

    // Every recogniser asks this of every line: remembered per section and per pseudo-heading, not matched again.
    private static readonly ConditionalWeakTable<ChecklistSection, StrongBox<bool>> SectionsStatingConditions = [];
    private static readonly ConditionalWeakTable<string, StrongBox<bool>> PseudoHeadingsStatingConditions = [];

    public static bool StatesConditions(ClaimSource source) =>
        SectionStatesConditions(source.Line.Section) ||
        (PseudoHeadingOf(source.Document, source.Line.Line) is { } pseudo && PseudoHeadingsStatingConditions.GetValue(pseudo, p => new(LineTerms.Of("non-claim-sections").IsMatch(p))).Value);

    private static bool SectionStatesConditions(ChecklistSection section) =>
        section is { Level: > 0 } && SectionsStatingConditions.GetValue(section, s => new(
            // The document's own title names what it reports on ("# Test Sign-Off Report"), not a section of conditions.
            (LineTerms.Of("non-claim-sections").IsMatch(s.Title) && !IsDocumentTitle(s)) || (s.Parent is { } parent && SectionStatesConditions(parent)))).Value;

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
