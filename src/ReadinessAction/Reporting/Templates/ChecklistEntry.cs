namespace ReadinessAction.Reporting.Templates;

/// <summary>A checklist of the report (or a path that only claims mention), escaped once.</summary>
internal sealed record ChecklistEntry(string RawPath, string Path, string? Url, int Items, int Checked)
{
    public static List<ChecklistEntry> ListFor(ReadinessReport report, SourceLinkBuilder links)
    {
        var entries = new List<ChecklistEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var checklist in report.Checklists)
        {
            if (seen.Add(checklist.Path))
            {
                entries.Add(Create(checklist.Path, checklist.Items, checklist.Checked, links));
            }
        }

        foreach (var claim in report.Claims)
        {
            if (seen.Add(claim.Path))
            {
                entries.Add(Create(claim.Path, 0, 0, links));
            }
        }

        return entries;
    }

    public ChecklistModel ToModel(IReadOnlyList<ClaimEntry> all, IReadOnlyList<ClaimEntry> shown) => new(
        Path,
        Url,
        Url is null ? Path : $"[{Path}]({Url})",
        Items,
        Checked,
        all.Count,
        all.Count(c => c.IsContradicted),
        all.Count(c => !c.IsContradicted),
        [.. shown.Select(c => c.Model)],
        [.. shown.Where(c => !c.IsContradicted).Select(c => c.Model)]);

    private static ChecklistEntry Create(string path, int items, int @checked, SourceLinkBuilder links) =>
        new(path, MarkdownEscaper.Escape(path, 300, links.Dialect), links.ForFile(path), items, @checked);
}
