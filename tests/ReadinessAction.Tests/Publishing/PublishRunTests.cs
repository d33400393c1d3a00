using ReadinessAction.Pipeline;
using ReadinessAction.Publishing;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Publishing;

/// <summary>The publishing rules every host shares, over an in-memory log and review system.</summary>
public sealed class PublishRunTests
{
    private static readonly PublishPlan Plan = new(new ReportContext(null, null, null, "readiness"), "readiness-report.json", null, Comment: true, Republish: false);

    [Fact]
    public async Task Passing_run_goes_pending_then_success_and_writes_report_summary_outputs_and_comment()
    {
        var (log, review) = (new RecordingCiLog(), new InMemoryReviewSystem());
        ReadinessReport? saved = null;

        var exit = await new PublishRun(log, review).RunAsync(Plan, SampleOutcomes.Passing, r => saved = r, CancellationToken.None);

        Assert.Equal(ExitCodes.Pass, exit);
        Assert.Equal([StatusState.Pending, StatusState.Success], review.Statuses.Select(s => s.State));
        Assert.Equal("pass", saved!.Verdict);
        Assert.Equal("pass", log.Outputs["verdict"]);
        Assert.Equal("readiness-report.json", log.Outputs["report_path"]);
        Assert.Equal(Assert.Single(review.Comments).Url, log.Outputs["comment_url"]);
        Assert.StartsWith("## ✅ Readiness gate passed", Assert.Single(log.Summaries), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_verified_on_the_document_alone_are_counted_in_an_output_of_their_own()
    {
        var log = new RecordingCiLog();
        var passing = SampleOutcomes.Passing();
        static ClaimReport Verified(int line, string basis) => new("a.md", line, "test_count", true, "550+ tests", "verified", "550+", "550", "sum", "Tests", basis);
        var report = passing.Report with { Claims = [Verified(3, "document"), Verified(4, "evidence"), Verified(5, "repository")] };

        await new PublishRun(log, null).RunAsync(Plan, () => passing with { Report = report }, _ => { }, CancellationToken.None);

        Assert.Equal("1", log.Outputs["consistent"]);
    }

    [Fact]
    public async Task Not_judged_run_ends_in_an_error_status_never_success_with_an_error_annotation()
    {
        var (log, review) = (new RecordingCiLog(), new InMemoryReviewSystem());
        var report = ReportBuilder.NotJudged(NotJudgedReasons.NoChecklist, "No checklist matched READINESS.md, so nothing was judged.", null, [], []);

        var exit = await new PublishRun(log, review).RunAsync(Plan, () => CheckOutcome.For(report), _ => { }, CancellationToken.None);

        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Equal((StatusState.Error, report.Gate.Reason), review.Statuses[^1]);
        Assert.Equal("not-judged", log.Outputs["verdict"]);
        Assert.Contains(log.Annotations, a => a.Level == AnnotationLevel.Error && a.Title == "Readiness not judged");
    }

    [Fact]
    public async Task Crash_while_judging_still_ends_in_an_error_status()
    {
        var review = new InMemoryReviewSystem();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new PublishRun(new RecordingCiLog(), review).RunAsync(Plan, () => throw new InvalidOperationException("bug"), _ => { }, CancellationToken.None));

        Assert.Equal([(StatusState.Pending, FinalStatus.PendingDescription), (StatusState.Error, FinalStatus.CrashDescription)], review.Statuses);
    }

    [Fact]
    public async Task Refused_status_is_one_warning_with_the_hosts_advice_and_the_gate_still_decides_the_exit_code()
    {
        var (log, review) = (new RecordingCiLog(), new InMemoryReviewSystem());
        review.Refusals["status"] = true;

        var exit = await new PublishRun(log, review).RunAsync(Plan, SampleOutcomes.Failing, _ => { }, CancellationToken.None);

        Assert.Equal(ExitCodes.Fail, exit);
        Assert.Single(review.Calls, c => c == "status");
        var warning = Assert.Single(log.Annotations, a => a.Title == "Readiness results not published");
        Assert.Equal((AnnotationLevel.Warning, "Could not set the status: status refused. Grant the permission."), (warning.Level, warning.Message));
    }

    [Fact]
    public async Task Failed_comment_is_an_error_and_a_passing_run_is_not_reported_as_published()
    {
        var (log, review) = (new RecordingCiLog(), new InMemoryReviewSystem());
        review.Refusals["create"] = false;

        var exit = await new PublishRun(log, review).RunAsync(Plan, SampleOutcomes.Passing, _ => { }, CancellationToken.None);

        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Contains(log.Annotations, a => a.Level == AnnotationLevel.Error && a.Message == "Could not comment on the pull request: create refused");
        Assert.Equal(StatusState.Success, review.Statuses[^1].State);
        Assert.Equal("", log.Outputs["comment_url"]);
    }

    [Fact]
    public async Task A_review_system_that_never_answers_is_given_up_after_the_budget_and_the_step_fails()
    {
        var (log, review) = (new RecordingCiLog(), new InMemoryReviewSystem());
        review.Hangs.Add("status");
        var limits = new PublishLimits(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(100));

        var exit = await new PublishRun(log, review) { Limits = limits }.RunAsync(Plan, SampleOutcomes.Passing, _ => { }, CancellationToken.None);

        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Equal(["status", "status"], review.Calls.Where(c => c == "status")); // pending, then the final one within its grace
        Assert.Contains(log.Annotations, a => a.Level == AnnotationLevel.Error && a.Message.StartsWith("Nothing was published: the status was never set (the API did not answer in time)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ReviewFailure.BadCredentials, "the token was rejected")]
    [InlineData(ReviewFailure.RateLimited, "the API rate limit is exhausted")]
    [InlineData(ReviewFailure.MissingPermission, "the token lacks the permission")]
    public async Task A_status_refused_for_another_reason_than_a_read_only_token_fails_a_passing_step_naming_the_cause(ReviewFailure kind, string cause)
    {
        var (log, review) = (new RecordingCiLog(), new RefusingReviewSystem(kind));

        var exit = await new PublishRun(log, review).RunAsync(Plan, SampleOutcomes.Passing, _ => { }, CancellationToken.None);

        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Contains(log.Annotations, a => a.Level == AnnotationLevel.Error && a.Message.Contains($"never set ({cause})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unverified_comment_target_gets_no_comment_but_a_warning()
    {
        var (log, review) = (new RecordingCiLog(), new InMemoryReviewSystem { TargetVerified = false });

        await new PublishRun(log, review).RunAsync(Plan, SampleOutcomes.Passing, _ => { }, CancellationToken.None);

        Assert.Empty(review.Comments);
        Assert.Contains(log.Annotations, a => a.Message == review.UnverifiedCommentTargetWarning);
    }

    [Fact]
    public async Task Republishing_sets_no_pending_status_saves_no_report_and_writes_no_annotations()
    {
        var (log, review) = (new RecordingCiLog(), new InMemoryReviewSystem());

        await new PublishRun(log, review).RunAsync(Plan with { Republish = true }, SampleOutcomes.Failing, _ => throw new InvalidOperationException("saved"), CancellationToken.None);

        Assert.Equal([StatusState.Failure], review.Statuses.Select(s => s.State));
        Assert.Empty(log.Annotations);
        Assert.Single(log.Summaries);
    }

    [Fact]
    public async Task Without_a_review_system_the_log_still_gets_everything()
    {
        var log = new RecordingCiLog();

        var exit = await new PublishRun(log, null).RunAsync(Plan, SampleOutcomes.Failing, _ => { }, CancellationToken.None);

        Assert.Equal(ExitCodes.Fail, exit);
        Assert.Equal("3", log.Outputs["contradicted"]);
        Assert.Equal("", log.Outputs["comment_url"]);
        Assert.Equal(3, log.Annotations.Count(a => a.Title == "Readiness claim contradicted"));
    }
}
