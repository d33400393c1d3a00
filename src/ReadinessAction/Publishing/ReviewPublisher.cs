using System.Diagnostics;

namespace ReadinessAction.Publishing;

/// <summary>
/// Posts the status and the comment of one run, within one time budget for all calls. A read-only token (a fork)
/// becomes one warning and the run goes on; any other failure becomes an annotation naming its cause, and a run that
/// set no status for another reason than a fork is not published (<see cref="Failed"/>).
/// </summary>
public sealed class ReviewPublisher(IReviewSystem review, ICiLog log, PublishLimits limits)
{
    private const string NotPublished = "Readiness results not published";

    private TimeSpan _left = limits.Budget;
    private bool _statusRefused;
    private bool _statusSet;
    private ReviewFailure? _statusFailure;
    private bool _nothingPublishedSaid;
    private bool _commented;

    public ReviewPublisher(IReviewSystem review, ICiLog log)
        : this(review, log, PublishLimits.Default)
    {
    }

    /// <summary>True when a result was kept from the review system for another reason than a read-only token.</summary>
    public bool Failed { get; private set; }

    public async Task SetStatusAsync(StatusState state, string description, CancellationToken ct)
    {
        if (!review.CanSetStatus)
        {
            return;
        }

        // The final status gets a short grace even when the budget is spent: a pending check would block the merge.
        var final = state != StatusState.Pending;
        if (!_statusRefused)
        {
            await GuardAsync($"set the {review.StatusName}", t => review.SetStatusAsync(state, description, t), true, final, ct).ConfigureAwait(false);
        }

        // The thread's state only files the comment away: with the status and the comment posted, a failure here is a
        // warning and does not fail the step.
        if (final && _commented)
        {
            var resolved = state == StatusState.Success;
            await GuardAsync($"mark the comment {(resolved ? "resolved" : "active")}", t => review.ResolveCommentAsync(resolved, t), false, false, ct, optional: true).ConfigureAwait(false);
        }

        if (final && !_statusSet && !_nothingPublishedSaid && _statusFailure is { } cause && cause != ReviewFailure.ReadOnlyToken)
        {
            _nothingPublishedSaid = true;
            Failed = true;
            log.Annotate(AnnotationLevel.Error, $"Nothing was published: the {review.StatusName} was never set ({Describe(cause)}). The step fails so that a missing required check does not pass unnoticed.", title: NotPublished);
        }
    }

    /// <summary>The comment's URL, or null when it could not be posted.</summary>
    public async Task<string?> CommentAsync(string body, string marker, CancellationToken ct)
    {
        if (review.CommentTarget is not { } target)
        {
            return null;
        }

        // A target read from an artifact is only believed when the review system confirms it.
        var verified = false;
        await GuardAsync($"read {target}", async t => verified = await review.IsCommentTargetVerifiedAsync(t).ConfigureAwait(false), false, false, ct).ConfigureAwait(false);
        if (!verified)
        {
            log.Annotate(AnnotationLevel.Warning, review.UnverifiedCommentTargetWarning);
            return null;
        }

        ReviewComment? comment = null;
        var sticky = new StickyComment(review, marker) { VisibilityWaits = limits.VisibilityWaits };
        await GuardAsync("comment on the pull request", async t => comment = await sticky.PublishAsync(body, t).ConfigureAwait(false), false, false, ct).ConfigureAwait(false);
        _commented = comment is not null;
        return comment?.Url;
    }

    /// <param name="optional">A failure is a warning and leaves <see cref="Failed"/> alone.</param>
    private async Task<bool> GuardAsync(string what, Func<CancellationToken, Task> call, bool isStatus, bool final, CancellationToken ct, bool optional = false)
    {
        var allowance = _left > TimeSpan.Zero ? _left : final ? limits.FinalStatusGrace : TimeSpan.Zero;
        if (allowance <= TimeSpan.Zero)
        {
            return Report(what, isStatus, ReviewFailure.TimedOut, $"skipped, the {limits.Budget.TotalSeconds:0} s publishing time limit was spent", optional);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(allowance);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await call(budget.Token).ConfigureAwait(false);
            _statusSet |= isStatus;
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Report(what, isStatus, ReviewFailure.TimedOut, $"no answer within the {limits.Budget.TotalSeconds:0} s publishing time limit", optional);
        }
        catch (ReviewSystemException e)
        {
            return Report(what, isStatus, e.Kind, e.Message, optional);
        }
        finally
        {
            _left -= Stopwatch.GetElapsedTime(started);
        }
    }

    private bool Report(string what, bool isStatus, ReviewFailure kind, string message, bool optional)
    {
        if (isStatus)
        {
            _statusFailure = kind;

            // Asking again cannot help: the token, its permissions or the limit will not change during the run.
            _statusRefused = kind is ReviewFailure.ReadOnlyToken or ReviewFailure.MissingPermission or ReviewFailure.BadCredentials or ReviewFailure.RateLimited;
        }

        if (kind is ReviewFailure.ReadOnlyToken or ReviewFailure.MissingPermission)
        {
            log.Annotate(AnnotationLevel.Warning, $"Could not {what}: {message}. {review.PermissionAdvice}", title: NotPublished);
        }
        else if (optional)
        {
            log.Annotate(AnnotationLevel.Warning, $"Could not {what}: {message}", title: NotPublished);
        }
        else
        {
            Failed = true;
            log.Annotate(AnnotationLevel.Error, $"Could not {what}: {message}", title: NotPublished);
        }

        return false;
    }

    private static string Describe(ReviewFailure cause) => cause switch
    {
        ReviewFailure.MissingPermission => "the token lacks the permission",
        ReviewFailure.BadCredentials => "the token was rejected",
        ReviewFailure.RateLimited => "the API rate limit is exhausted",
        ReviewFailure.TimedOut => "the API did not answer in time",
        _ => "the API failed",
    };
}
