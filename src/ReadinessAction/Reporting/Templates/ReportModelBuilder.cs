using System.Globalization;

namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// Escapes a report once, then builds template models that keep only the first N items in priority order:
/// contradicted claims, error diagnostics, the other claims, the other diagnostics, the waived claims. Counts stay those
/// of the whole report.
/// </summary>
internal sealed class ReportModelBuilder
{
    private readonly ReadinessReport _report;
    private readonly ReportContext _context;
    private readonly SourceLinkBuilder _links;
    private readonly List<ChecklistEntry> _checklists;
    private readonly List<ClaimEntry> _claims;
    private readonly List<DiagnosticModel> _diagnostics;
    private readonly List<WaivedModel> _waived;
    private readonly List<(Item Kind, int Index)> _priority;

    private enum Item
    {
        Claim,
        Diagnostic,
        Waived,
    }

    public ReportModelBuilder(ReadinessReport report, ReportContext context, IReadOnlyList<DiagnosticReport> extraDiagnostics)
    {
        _report = report;
        _context = context;
        _links = new SourceLinkBuilder(context.RepositoryUrl, context.HeadSha, context.Dialect);
        _checklists = ChecklistEntry.ListFor(report, _links);
        _claims = ClaimEntry.ListFor(report.Claims, _checklists, _links);
        var checklistPaths = _checklists.Select(c => c.RawPath).ToHashSet(StringComparer.Ordinal);
        var diagnostics = report.Diagnostics.Concat(extraDiagnostics)
            .OrderBy(d => SeverityOrder(d.Severity))
            .ToList();
        _diagnostics = [.. diagnostics.Select(d => ToModel(d, checklistPaths))];
        _waived = [.. report.Waived.OrderBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Line).Select(w => WaivedModel.Create(w, _links))];
        _priority =
        [
            .. _claims.Select((c, i) => (c, i)).Where(x => x.c.IsContradicted).Select(x => (Item.Claim, x.i)),
            .. diagnostics.Select((d, i) => (d, i)).Where(x => SeverityOrder(x.d.Severity) == 0).Select(x => (Item.Diagnostic, x.i)),
            .. _claims.Select((c, i) => (c, i)).Where(x => !x.c.IsContradicted).Select(x => (Item.Claim, x.i)),
            .. diagnostics.Select((d, i) => (d, i)).Where(x => SeverityOrder(x.d.Severity) != 0).Select(x => (Item.Diagnostic, x.i)),
            .. _waived.Select((_, i) => (Item.Waived, i)),
        ];
    }

    /// <summary>Claims, diagnostics and waived claims together: the most a model can show.</summary>
    public int ItemCount => _priority.Count;

    public int ClaimCount => _claims.Count;

    public int DiagnosticCount => _diagnostics.Count;

    public int WaivedCount => _waived.Count;

    /// <summary>How many claims, diagnostics and waived claims a model keeping <paramref name="keep"/> items shows.</summary>
    public (int Claims, int Diagnostics, int Waived) ShownCounts(int keep)
    {
        var kept = _priority.Take(keep).ToList();
        return (kept.Count(x => x.Kind == Item.Claim), kept.Count(x => x.Kind == Item.Diagnostic), kept.Count(x => x.Kind == Item.Waived));
    }

    public ReportModel Build(int keep = int.MaxValue)
    {
        var keepClaim = new bool[_claims.Count];
        var keepDiagnostic = new bool[_diagnostics.Count];
        var keepWaived = new bool[_waived.Count];
        foreach (var (kind, index) in _priority.Take(keep))
        {
            (kind switch { Item.Claim => keepClaim, Item.Diagnostic => keepDiagnostic, _ => keepWaived })[index] = true;
        }

        var shown = _claims.Where((_, i) => keepClaim[i]).ToList();
        var verdict = VerdictStyle.For(_report.NotJudgedReason is null ? _report.Verdict : ReportVerdicts.NotJudged);
        var gate = VerdictStyle.For(_report.Gate.Verdict);
        var headSha = _links.HeadSha is null ? null : MarkdownEscaper.Escape(_links.HeadSha, 64, _context.Dialect);
        return new ReportModel(
            verdict.Verdict,
            verdict.Label,
            verdict.Emoji,
            verdict.Passed,
            verdict.Failed,
            new GateModel(
                gate.Verdict,
                gate.Label,
                gate.Emoji,
                MarkdownEscaper.Escape(_report.Gate.Reason, MarkdownEscaper.DefaultMaxLength, _context.Dialect),
                string.IsNullOrWhiteSpace(_report.Gate.Branch) ? null : MarkdownEscaper.Escape(_report.Gate.Branch, 200, _context.Dialect),
                string.Join(", ", _report.Gate.FailOn.Select(f => MarkdownEscaper.Escape(f, 40, _context.Dialect)))),
            Counts(_report.Summary, _claims.Count(c => c.Style.Status == StatusStyle.Consistent)),
            _claims.Count,
            [.. shown.Where(c => c.IsContradicted).Select(c => c.Model)],
            _claims.Count(c => c.IsContradicted),
            _claims.Count(c => !c.IsContradicted),
            shown.Count(c => !c.IsContradicted),
            [.. _checklists.Select((c, i) => c.ToModel(_claims.Where(x => x.Group == i).ToList(), shown.Where(x => x.Group == i).ToList()))],
            ByStatus(shown),
            [.. _diagnostics.Where((_, i) => keepDiagnostic[i])],
            DiagnosticSummary(),
            _diagnostics.Any(d => d.Severity == "error"),
            keep < ItemCount,
            MarkdownEscaper.Escape(_context.StatusContext, 200, _context.Dialect),
            SourceLinkBuilder.WebUrl(_context.RunUrl),
            _links.RepositoryUrl,
            headSha,
            headSha is { Length: > 7 } && headSha.All(char.IsAsciiHexDigit) ? headSha[..7] : headSha,
            _links.CommitUrl,
            MarkdownEscaper.Escape(_context.Dialect.RunName, 80, _context.Dialect),
            [.. _waived.Where((_, i) => keepWaived[i])],
            _waived.Count);
    }

    /// <summary>The summary's counts, with the claims verified on the document alone counted as consistent, not verified.</summary>
    private static List<CountModel> Counts(StatusSummary summary, int consistent) =>
    [
        .. StatusStyle.Known.Select(s => new CountModel(s.Status, s.Label, s.Emoji, s.Status switch
        {
            "contradicted" => summary.Contradicted,
            "unverifiable" => summary.Unverifiable,
            "unmet" => summary.Unmet,
            "understated" => summary.Understated,
            "verified" => Math.Max(0, summary.Verified - consistent),
            StatusStyle.Consistent => consistent,
            _ => summary.Met,
        })),
    ];

    private List<StatusGroupModel> ByStatus(List<ClaimEntry> shown) =>
    [
        .. _claims.GroupBy(c => c.Style.Status)
            .OrderBy(g => g.First().Style.Order)
            .Select(g => new StatusGroupModel(
                g.Key,
                g.First().Style.Label,
                g.First().Style.Emoji,
                g.Count(),
                [.. shown.Where(c => c.Style.Status == g.Key).Select(c => c.Model)])),
    ];

    private string DiagnosticSummary()
    {
        var parts = new[] { ("error", "errors"), ("warning", "warnings"), ("note", "notes") }
            .Select((names, order) => (names, count: _diagnostics.Count(d => SeverityOrder(d.Severity) == order)))
            .Where(x => x.count > 0)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.count:N0} {(x.count == 1 ? x.names.Item1 : x.names.Item2)}"));
        return string.Join(", ", parts);
    }

    private DiagnosticModel ToModel(DiagnosticReport diagnostic, HashSet<string> checklistPaths)
    {
        var severity = SeverityOrder(diagnostic.Severity);
        var location = diagnostic.Path is null
            ? null
            : diagnostic.Line is > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{MarkdownEscaper.Escape(diagnostic.Path, 300, _context.Dialect)}:{diagnostic.Line}")
                : MarkdownEscaper.Escape(diagnostic.Path, 300, _context.Dialect);

        // Artifacts are rarely committed, so only checklist locations get a link.
        var url = diagnostic.Path is not null && checklistPaths.Contains(diagnostic.Path) ? _links.ForFile(diagnostic.Path, diagnostic.Line) : null;
        return new DiagnosticModel(
            severity switch { 0 => "error", 1 => "warning", _ => "note" },
            severity switch { 0 => "🛑", 1 => "⚠️", _ => "ℹ️" },
            MarkdownEscaper.Escape(diagnostic.Code, 80, _context.Dialect),
            MarkdownEscaper.Escape(diagnostic.Message, MarkdownEscaper.DefaultMaxLength, _context.Dialect),
            location,
            url,
            location is null ? null : url is null ? location : $"[{location}]({url})");
    }

    private static int SeverityOrder(string? severity) => severity?.ToLowerInvariant() switch
    {
        "error" => 0,
        "warning" => 1,
        _ => 2,
    };
}
