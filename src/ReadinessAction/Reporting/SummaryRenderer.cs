using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting.Templates;
using ReadinessAction.Workspace;

namespace ReadinessAction.Reporting;

/// <summary>
/// The job summary (<c>templates/summary.md.hbs</c> or the user's template), kept under the 1 MiB GitHub accepts for
/// a step summary. A broken template becomes an error diagnostic and the default template is used.
/// </summary>
public sealed class SummaryRenderer
{
    /// <summary>UTF-8 bytes; GitHub's limit is 1 MiB per step, and the step may write a little more around it.</summary>
    public const int MaxBytes = 1_000_000;

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
        var limits = new RenderLimits(MaxBytes, true, "", "Run `readiness check --format json` for the full report.");
        return _renderer.Render(report, context, userTemplatePath, diagnostics, limits);
    }
}
