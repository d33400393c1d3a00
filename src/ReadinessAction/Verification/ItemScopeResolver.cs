using ReadinessAction.Checklists;
using ReadinessAction.Claims;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Verification;

/// <summary>
/// Decides which task items a completion or rollup claim describes: the section it names, the whole checklist, or the
/// section it sits in — for a status line written after the last item of a section, the outermost section it closes.
/// When the claim states a count ("0/5 items"), the candidate set of that size is chosen (e.g. the numbered heading items).
/// </summary>
public static class ItemScopeResolver
{
    private static readonly HashSet<string> WholeDocumentSubjects =
        new(LineTerms.Read("whole-document-subjects"), StringComparer.OrdinalIgnoreCase);

    private static readonly char[] KeyEnds = [':', '：'];

    public static ItemScope? Resolve(ChecklistDocument document, Claim claim)
    {
        var section = SectionOf(document, claim);
        if (section is null)
        {
            return null;
        }

        var candidates = Candidates(section).ToList();
        // An empty heading marked done says nothing about the rest; a completion figure without items of its own is overall.
        if (candidates.All(c => c.Items.Count == 0) && !(claim.Kind == ClaimKind.StatusRollup && claim.Origin == ClaimOrigin.Heading))
        {
            candidates = [.. Candidates(document.Root)];
        }

        var denominator = claim.Value?.Denominator;
        if (denominator is { } size && candidates.FirstOrDefault(c => c.Items.Count == (int)size) is { } sized)
        {
            return sized;
        }

        return candidates.FirstOrDefault(c => c.Items.Count > 0) ?? candidates[0];
    }

    private static ChecklistSection? SectionOf(ChecklistDocument document, Claim claim)
    {
        if (claim.Subject == ClaimSubjects.WholeDocument)
        {
            return document.Root;
        }

        if (!string.IsNullOrWhiteSpace(claim.Subject))
        {
            return SectionFinder.FindByName(document, claim.Subject) ?? (NamesWholeDocument(claim.Subject) ? document.Root : null);
        }

        if (claim.Origin != ClaimOrigin.Heading && claim.Text.IndexOfAny(KeyEnds) is var colon and > 0 && NamesWholeDocument(claim.Text[..colon]))
        {
            return document.Root;
        }

        if (claim.Origin == ClaimOrigin.Heading)
        {
            return claim.Section;
        }

        // A status line closing a section speaks for the outermost section it is the tail of.
        var closed = claim.Section.SelfAndAncestors()
            .TakeWhile(s => s.Level > 0 && !IsDocumentTitle(document, s))
            .Where(s => !s.AllItems().Any(i => i.Line > claim.Line))
            .LastOrDefault();
        return closed ?? claim.Section;
    }

    /// <summary>A lone top-level heading that holds the whole document ("# Production Readiness Checklist").</summary>
    private static bool IsDocumentTitle(ChecklistDocument document, ChecklistSection section) =>
        section.Parent == document.Root && document.Root.Children.Count(c => c.AllItems().Any()) == 1 && section.AllItems().Any();

    private static IEnumerable<ItemScope> Candidates(ChecklistSection section)
    {
        var name = section.Level == 0 ? "the whole checklist" : $"section “{section.Title}” (lines {section.Line}-{section.EndLine})";
        var all = section.AllItems().ToList();
        yield return new ItemScope(name, all);
        var headings = all.Where(i => i.IsHeading).ToList();
        if (headings.Count > 0 && headings.Count < all.Count)
        {
            yield return new ItemScope($"the numbered items of {name}", headings);
        }
    }

    private static bool NamesWholeDocument(string name) => WholeDocumentSubjects.Contains(name.Trim(' ', '*', ':', '：', '_'));
}
