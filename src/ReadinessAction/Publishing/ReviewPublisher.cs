namespace ReadinessAction.Publishing;

/// <summary>
/// Posts the status and the comment of one run. A permission refusal (fork, read-only token) becomes one warning
/// and the run goes on; any other failure becomes an error annotation and marks the run as not fully published.
/// </summary>
public sealed class ReviewPublisher(IReviewSystem review, ICiLog log)
{
    private const string NotPublished = "Readiness results not published";

    private bool _statusDenied;

    /// <summary>True when something other than a permission refusal kept a result from the review system.</summary>
    public bool Failed { get; private set; }

    public async Task SetStatusAsync(StatusState state, string description, CancellationToken ct)
    {
        if (_statusDenied || !review.CanSetStatus)
        {
            return;
        }

        await GuardAsync($"set the {review.StatusName}", () => review.SetStatusAsync(state, description, ct), () => _statusDenied = true).ConfigureAwait(false);
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
        await GuardAsync($"read {target}", async () => verified = await review.IsCommentTargetVerifiedAsync(ct).ConfigureAwait(false), () => { }).ConfigureAwait(false);
        if (!verified)
        {
            log.Annotate(AnnotationLevel.Warning, review.UnverifiedCommentTargetWarning);
            return null;
        }

        ReviewComment? comment = null;
        var sticky = new StickyComment(review, marker);
        await GuardAsync("comment on the pull request", async () => comment = await sticky.PublishAsync(body, ct).ConfigureAwait(false), () => { }).ConfigureAwait(false);
        return comment?.Url;
    }

    private async Task GuardAsync(string what, Func<Task> call, Action onDenied)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (ReviewSystemException e) when (e.IsPermissionDenied)
        {
            onDenied();
            log.Annotate(AnnotationLevel.Warning, $"Could not {what}: {e.Message}. {review.PermissionAdvice}", title: NotPublished);
        }
        catch (ReviewSystemException e)
        {
            Failed = true;
            log.Annotate(AnnotationLevel.Error, $"Could not {what}: {e.Message}", title: NotPublished);
        }
    }
}
