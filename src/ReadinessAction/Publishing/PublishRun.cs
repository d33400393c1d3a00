using System.Globalization;

using ReadinessAction.Diagnostics;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;

namespace ReadinessAction.Publishing;

/// <summary>
/// One run on a CI host: pending status, judge (or reload), report file, summary, annotations, outputs, the sticky
/// comment, then always a final status. Files first, so nothing is lost when the review system refuses or fails.
/// The host supplies the log and, when it can publish, the review system.
/// </summary>
public sealed class PublishRun(ICiLog log, IReviewSystem? review)
{
    /// <summary>How long the review-system calls may take together.</summary>
    public PublishLimits Limits { get; init; } = PublishLimits.Default;

    public async Task<int> RunAsync(PublishPlan plan, Func<CheckOutcome> produce, Action<ReadinessReport> save, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(produce);
        ArgumentNullException.ThrowIfNull(save);
        var publisher = review is null ? null : new ReviewPublisher(review, log, Limits);
        try
        {
            if (publisher is not null && !plan.Republish)
            {
                await publisher.SetStatusAsync(StatusState.Pending, FinalStatus.PendingDescription, ct).ConfigureAwait(false);
            }

            var outcome = produce();
            ct.ThrowIfCancellationRequested();
            var diagnostics = new DiagnosticBag();
            WriteResults(outcome.Report, plan, save, diagnostics);
            var commentUrl = publisher is not null && plan.Comment
                ? await publisher.CommentAsync(new CommentBodyBuilder(plan.Files).Build(outcome.Report, plan.Context, plan.TemplatePath, diagnostics), CommentMarker.For(plan.Context.StatusContext), ct).ConfigureAwait(false)
                : null;
            log.SetOutput("comment_url", commentUrl ?? "");
            if (publisher is not null)
            {
                var (state, description) = FinalStatus.For(outcome);
                await publisher.SetStatusAsync(state, description, ct).ConfigureAwait(false);
            }

            foreach (var d in diagnostics.Items)
            {
                log.Annotate(AnnotationLevel.Warning, d.Message, d.Path, d.Line, d.Code);
            }

            return publisher?.Failed == true && outcome.ExitCode == ExitCodes.Pass ? ExitCodes.NotJudged : outcome.ExitCode;
        }
        catch (OperationCanceledException) when (publisher is not null && ct.IsCancellationRequested)
        {
            // The job was cancelled (SIGTERM): one short last try, so the check is not left pending.
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(8));
            await publisher.SetStatusAsync(StatusState.Error, FinalStatus.CancelledDescription, grace.Token).ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (publisher is not null && e is not OperationCanceledException)
        {
            // A missing final status would leave the pull request pending forever: say "error" before failing.
            await publisher.SetStatusAsync(StatusState.Error, e is ReadinessUsageException ? e.Message : FinalStatus.CrashDescription, ct).ConfigureAwait(false);
            throw;
        }
    }

    private void WriteResults(ReadinessReport report, PublishPlan plan, Action<ReadinessReport> save, DiagnosticBag diagnostics)
    {
        if (!plan.Republish)
        {
            save(report);
            ResultAnnotations.Write(report, log);
        }

        log.WriteSummary(new SummaryRenderer(plan.Files).Render(report, plan.Context, plan.TemplatePath, diagnostics));
        var s = report.Summary;
        log.SetOutput("verdict", report.Verdict);
        log.SetOutput("contradicted", s.Contradicted.ToString(CultureInfo.InvariantCulture));
        log.SetOutput("verified", s.Verified.ToString(CultureInfo.InvariantCulture));
        log.SetOutput("consistent", report.Claims.Count(c => BasisWording.IsConsistentOnly(c.Status, c.Basis)).ToString(CultureInfo.InvariantCulture));
        log.SetOutput("unverifiable", s.Unverifiable.ToString(CultureInfo.InvariantCulture));
        log.SetOutput("report_path", plan.ReportPath);
    }
}
