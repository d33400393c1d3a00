using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting.Templates;
using ReadinessAction.Workspace;

namespace ReadinessAction.Reporting;

/// <summary>
/// The job summary (<c>templates/summary.md.hbs</c> or the user's template), kept under what the host accepts for a
/// run summary (GitHub: 1 MiB a step). A broken template becomes an error diagnostic and the default template is used.
/// </summary>
public sealed class SummaryRenderer
{
    /// <summary>GitHub's limit; a host's own is <see cref="ReportDialect.SummaryMaxBytes"/>.</summary>
    public const int MaxBytes = ReportDialect.GitHubSummaryMaxBytes;

    private readonly TemplatedReportRenderer _renderer;

    /// <summary>Without a workspace: the default template only (a user template is refused with a diagnostic).</summary>
    public SummaryRenderer()
        : this(null)
    {
    }

    /// <param name="files">The workspace a user template is read from, through its guard.</param>
    public SummaryRenderer(WorkspaceFileGuard? files)
    {
        _renderer = new("summary.md.hbs", "summary", files);
    }

    public string Render(ReadinessReport report, ReportContext context, string? userTemplatePath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        var limits = new RenderLimits(context.Dialect.SummaryMaxBytes, true, "", "Run `readiness check --format json` for the full report.", context.Dialect);
        return _renderer.Render(report, context, userTemplatePath, diagnostics, limits);
    }
}
