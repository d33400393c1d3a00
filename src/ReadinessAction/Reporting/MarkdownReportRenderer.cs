using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting.Templates;

namespace ReadinessAction.Reporting;

/// <summary>
/// <c>readiness check --format markdown</c>: the default comment template without marker, links or size limit.
/// </summary>
public sealed class MarkdownReportRenderer
{
    private readonly TemplatedReportRenderer _renderer = new("comment.md.hbs", "comment", null);

    public string Render(ReadinessReport report, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(report);
        return _renderer.Render(report, ReportContext.Local, null, diagnostics, RenderLimits.None);
    }
}
