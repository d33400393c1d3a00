using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

using ReadinessAction.Checklists;

namespace ReadinessAction.Claims.Lines;

/// <summary>
/// What a line sits under: its headings and the nearest pseudo-heading (a short paragraph line ending in ":", such as
/// "**Rollback triggers:**"). Lines under conditions, targets, plans or risks state no facts.
/// </summary>
public static partial class LineContext
{
    private static readonly ConditionalWeakTable<ChecklistDocument, Dictionary<int, string>> PseudoHeadings = [];

    // Every recogniser asks this of every line: remembered per section (for plain and for verdict lines) and per
    // pseudo-heading, not matched again.
    private static readonly ConditionalWeakTable<ChecklistSection, StrongBox<(bool Plain, bool Verdict, bool Item)>> SectionsStatingConditions = [];
    private static readonly ConditionalWeakTable<string, StrongBox<(bool Plain, bool Item)>> PseudoHeadingsStatingConditions = [];

    // A checklist item under "Go/No-Go criteria" or "目标" is a claim to check (LABELING: criteria lists that are not
    // checklist items state nothing); under rollback triggers, risks or future plans it is still no fact.
    private static readonly Regex CriteriaWords = LineTerms.Of("criteria-sections");

    /// <param name="verdict">The line is a verdict key with its value ("**Production Status**: ✅ APPROVED"): a sign-off
    /// section does not hide it, only conditions do.</param>
    public static bool StatesConditions(ClaimSource source, bool verdict = false)
    {
        var item = source.Origin == ClaimOrigin.TaskItem || (source.Origin == ClaimOrigin.ListLine && StatusMarkers.HasDone(source.Text));
        if (source.Line.Section is { } section)
        {
            var (plain, forVerdict, forItem) = SectionsStatingConditions.GetValue(section, s => new((SectionStatesConditions(s, false, false), SectionStatesConditions(s, true, false), SectionStatesConditions(s, false, true)))).Value;
            if (item ? forItem : verdict ? forVerdict : plain)
            {
                return true;
            }
        }

        return PseudoHeadingOf(source.Document, source.Line.Line) is { } pseudo
            && PseudoHeadingsStatingConditions.GetValue(pseudo, p => new((StatesConditions(p, false), StatesConditions(p, true)))).Value is var (forPlain, forItems)
            && (item ? forItems : forPlain);
    }

    private static bool StatesConditions(string title, bool item) =>
        LineTerms.Matches("non-claim-sections", item ? CriteriaWords.Replace(title, " ") : title) && !LineTerms.Matches("goal-results", title);

    private static bool SectionStatesConditions(ChecklistSection start, bool verdict, bool item)
    {
        var process = LineTerms.Of("process-sections");
        var underVerdictHeading = false;
        for (var section = start; section is { Level: > 0 }; section = section.Parent)
        {
            // The document's own title names what it reports on ("# Test Sign-Off Report"), not a section of conditions.
            if (IsDocumentTitle(section))
            {
                continue;
            }

            if (StatesConditions(section.Title, item) ||
                (process.IsMatch(section.Title) && !verdict && !underVerdictHeading))
            {
                return true;
            }

            underVerdictHeading |= IsVerdictHeading(section.Title);
        }

        return false;
    }

    /// <summary>"Target: WCAG 2.1 AA", "**Option A**: run npm audit fix", "要件: p95 &lt; 150ms", "Week 1 Checkpoint: 78%": the line plans or requires.</summary>
    public static bool OpensWithPlanKey(string text) => PlanKey.IsMatch(text);

    /// <summary>"These MUST be ", "muss ", "必须": the figure that follows is required, not reached.</summary>
    public static bool RequiredBefore(string before) => Required.IsMatch(before);

    [GeneratedRegex(@"\b(?:must|should|need\s+to|needs\s+to|has\s+to|have\s+to|muss|müssen|sollte|deve|devem|debe|deben|doit|doivent)\s+(?:be\s+|sein\s+|ser\s+|être\s+|estar\s+)?[*_]*$|(?:必须|需要|应)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Required { get; }

    [GeneratedRegex(
        @"^[^\p{L}\d]*(?:\p{L}+\s+\d+\s+)?" + TermPatterns.PlanKeys + @"[*_]*\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanKey { get; }

    /// <summary>The line sits directly under a heading that gives a verdict: its items roll up an area each ("- [x] Security approved").</summary>
    public static bool UnderVerdictHeading(ClaimSource source) =>
        source.Line.Section is { Level: > 0 } section && !IsDocumentTitle(section) && IsVerdictHeading(section.Title);

    /// <summary>"### All Systems Go", "### Production Status", "### Final Launch Decision": a heading that gives or holds a verdict.</summary>
    private static bool IsVerdictHeading(string title) =>
        LineTerms.Matches("verdict-heading", title) || LineTerms.Matches("rollup-words", title);

    private static bool IsDocumentTitle(ChecklistSection section) =>
        section.Level == 1 && section.Parent is { } root && root.Children.Count(c => c.Level == 1) == 1 && section.Children.Count > 0;

    /// <summary>
    /// The paragraph line that a plain list (no checkboxes) directly follows: "**Task 4.1 完成度**: 75%" above
    /// "- ✅ 服务层测试: 90%". Null when the line is not in a plain list or the list opens the section.
    /// </summary>
    public static ChecklistLine? LeadOfList(ClaimSource source)
    {
        if (source.Line.Kind is not LineKind.ListItem)
        {
            return null;
        }

        var lines = source.Document.Lines;
        var at = source.Document.IndexOf(source.Line);
        if (at < 0)
        {
            return null;
        }

        while (at > 0 && lines[at - 1].Kind is LineKind.ListItem)
        {
            at--;
        }

        return at > 0 && lines[at - 1].Kind is LineKind.Paragraph && lines[at - 1].Section == source.Line.Section ? lines[at - 1] : null;
    }

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
