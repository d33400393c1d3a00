namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// A waived claim, escaped once: where it is (as for a judged claim), what it says, the reason (null when an inline
/// marker gives none) and where the waiver is written (<c>WaivedBy</c>: the marker's or the configuration entry's <c>path:line</c>).
/// </summary>
public sealed record WaivedModel(
    string Path,
    int Line,
    string Location,
    string? Url,
    string LocationLink,
    string Text,
    string Kind,
    string? Claimed,
    string? Section,
    string? Reason,
    string WaivedBy)
{
    internal static WaivedModel Create(WaivedClaimReport waived, SourceLinkBuilder links)
    {
        var dialect = links.Dialect;
        var (path, location, url, locationLink) = ClaimEntry.Locate(waived.Path, waived.Line, links);
        return new WaivedModel(
            path,
            waived.Line,
            location,
            url,
            locationLink,
            MarkdownEscaper.Escape(waived.Text, MarkdownEscaper.DefaultMaxLength, dialect),
            MarkdownEscaper.Escape(waived.Kind, 60, dialect),
            ClaimEntry.Optional(waived.Claimed, 200, dialect),
            ClaimEntry.Optional(waived.Section, 300, dialect),
            ClaimEntry.Optional(waived.Reason, MarkdownEscaper.DefaultMaxLength, dialect),
            MarkdownEscaper.Escape(waived.WaivedBy, 300, dialect));
    }
}
