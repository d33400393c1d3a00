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
        var style = StatusStyle.For(claim.Status, claim.Basis);
        var dialect = links.Dialect;
        var (path, location, url, locationLink) = Locate(claim.Path, claim.Line, links);
        var model = new ClaimModel(
            path,
            claim.Line,
            location,
            url,
            locationLink,
            MarkdownEscaper.Escape(claim.Text, MarkdownEscaper.DefaultMaxLength, dialect),
            MarkdownEscaper.Escape(claim.Kind, 60, dialect),
            claim.Asserted,
            style.Status,
            style.Label,
            style.Emoji,
            Optional(claim.Claimed, 200, dialect),
            Optional(claim.Measured, 200, dialect),
            Optional(claim.Evidence is null ? null : BasisWording.Prefix(claim.Basis) + claim.Evidence, MarkdownEscaper.DefaultMaxLength, dialect),
            Optional(claim.Section, 300, dialect),
            Optional(claim.Basis, 40, dialect));
        return new ClaimEntry(model, group, style);
    }

    /// <summary>A line of a checklist: escaped path, "path:line", the line's URL at the head commit, and the Markdown link.</summary>
    internal static (string Path, string Location, string? Url, string LocationLink) Locate(string rawPath, int line, SourceLinkBuilder links)
    {
        var path = MarkdownEscaper.Escape(rawPath, 300, links.Dialect);
        var location = string.Create(CultureInfo.InvariantCulture, $"{path}:{line}");
        var url = links.ForFile(rawPath, line);
        return (path, location, url, url is null ? location : $"[{location}]({url})");
    }

    internal static string? Optional(string? text, int maxLength, ReportDialect dialect) =>
        string.IsNullOrWhiteSpace(text) ? null : MarkdownEscaper.Escape(text, maxLength, dialect);
}
