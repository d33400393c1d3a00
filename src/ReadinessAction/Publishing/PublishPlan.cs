using ReadinessAction.Reporting;
using ReadinessAction.Workspace;

namespace ReadinessAction.Publishing;

/// <summary>What a publishing run is about, beyond its log and review system.</summary>
/// <param name="Context">Where the report is shown (links, status context).</param>
/// <param name="ReportPath">The report file as the <c>report_path</c> output names it.</param>
/// <param name="TemplatePath">The user's comment and summary template, or null for the defaults.</param>
/// <param name="Comment">Whether to post the comment.</param>
/// <param name="Republish">Posting a report an earlier run made: no pending status, no new report file, no annotations.</param>
public sealed record PublishPlan(ReportContext Context, string ReportPath, string? TemplatePath, bool Comment, bool Republish)
{
    /// <summary>The workspace a user template is read from, through its guard; without it only the default template is used.</summary>
    public WorkspaceFileGuard? Files { get; init; }
}
