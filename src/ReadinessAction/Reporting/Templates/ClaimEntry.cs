using System.Globalization;

namespace ReadinessAction.Reporting.Templates;

/// <summary>A claim escaped once, with its checklist (Group) and style; entries are sorted by checklist, then line.</summary>
internal sealed record ClaimEntry(ClaimModel Model, int Group, StatusStyle Style)
{
    public bool IsContradicted => Style.Status == StatusStyle.Contradicted;

    public static List<ClaimEntry> ListFor(IReadOnlyList<ClaimReport> claims, IReadOnlyList<ChecklistEntry> checklists, SourceLinkBuilder links)
    {
        var groups = checklists.Select((c, i) => (c.RawPath, i)).ToDictionary(x => x.RawPath, x => x.i, StringComparer.Ordinal);
        return
        [
            .. claims.Select((claim, order) => (claim, order, group: groups[claim.Path]))
                .OrderBy(x => x.group)
                .ThenBy(x => x.claim.Line)
                .ThenBy(x => x.order)
                .Select(x => Create(x.claim, x.group, links)),
        ];
    }

    private static ClaimEntry Create(ClaimReport claim, int group, SourceLinkBuilder links)
    {
        var style = StatusStyle.For(claim.Status);
        var dialect = links.Dialect;
        var path = MarkdownEscaper.Escape(claim.Path, 300, dialect);
        var location = string.Create(CultureInfo.InvariantCulture, $"{path}:{claim.Line}");
        var url = links.ForFile(claim.Path, claim.Line);
        var model = new ClaimModel(
            path,
            claim.Line,
            location,
            url,
            url is null ? location : $"[{location}]({url})",
            MarkdownEscaper.Escape(claim.Text, MarkdownEscaper.DefaultMaxLength, dialect),
            MarkdownEscaper.Escape(claim.Kind, 60, dialect),
            claim.Asserted,
            style.Status,
            style.Label,
            style.Emoji,
            Optional(claim.Claimed, 200, dialect),
            Optional(claim.Measured, 200, dialect),
            Optional(claim.Evidence, MarkdownEscaper.DefaultMaxLength, dialect),
            Optional(claim.Section, 300, dialect));
        return new ClaimEntry(model, group, style);
    }

    private static string? Optional(string? text, int maxLength, ReportDialect dialect) =>
        string.IsNullOrWhiteSpace(text) ? null : MarkdownEscaper.Escape(text, maxLength, dialect);
}
