using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting.Templates;
using ReadinessAction.Workspace;

namespace ReadinessAction.Reporting;

/// <summary>
/// The pull request comment: the hidden <see cref="CommentMarker"/> line, then the user's template (or
/// <c>templates/comment.md.hbs</c>), never longer than the host allows (GitHub: 65,536 characters). A broken template
/// becomes an error diagnostic and the default template is used; nothing is thrown.
/// </summary>
public sealed class CommentBodyBuilder
{
    /// <summary>GitHub's limit; a host's own is <see cref="ReportDialect.CommentMaxLength"/>.</summary>
    public const int MaxLength = ReportDialect.GitHubCommentMaxLength;

    private readonly TemplatedReportRenderer _renderer;

    /// <summary>Without a workspace: the default template only (a user template is refused with a diagnostic).</summary>
    public CommentBodyBuilder()
        : this(null)
    {
    }

    /// <param name="files">The workspace a user template is read from, through its guard.</param>
    public CommentBodyBuilder(WorkspaceFileGuard? files)
    {
        _renderer = new("comment.md.hbs", "comment", files);
    }

    public string Build(ReadinessReport report, ReportContext context, string? userTemplatePath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        var runUrl = SourceLinkBuilder.WebUrl(context.RunUrl);
        var dialect = context.Dialect;
        var hint = runUrl is null
            ? $"The full report is in the {dialect.SummaryName} of this {dialect.RunName}."
            : $"The full report is in the {dialect.SummaryName} of [this {dialect.RunName}]({runUrl}).";
        var limits = new RenderLimits(dialect.CommentMaxLength, false, CommentMarker.For(context.StatusContext) + "\n", hint, dialect);
        return _renderer.Render(report, context, userTemplatePath, diagnostics, limits);
    }
}
