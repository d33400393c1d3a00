namespace ReadinessAction.Publishing;

/// <summary>
/// Keeps exactly one comment per review and status context, edited in place on every run.
/// </summary>
/// <remarks>
/// Our comment carries the hidden marker and was written by the token's identity; the marker alone proves nothing,
/// since anyone can quote it. When the review system will not say who the token is, no existing comment is ours,
/// and the comment this run creates tells: its author *is* our identity. Two concurrent runs may both create, and
/// the list shows new comments late: each re-lists until its own comment shows, keeps the oldest of ours by id, and
/// deletes the younger ones, so one comment remains.
/// </remarks>
public sealed class StickyComment(IReviewSystem review, string marker)
{
    public static IReadOnlyList<TimeSpan> DefaultVisibilityWaits { get; } =
        [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];

    /// <summary>Waits between re-lists while the created comment does not show yet.</summary>
    public IReadOnlyList<TimeSpan> VisibilityWaits { get; init; } = DefaultVisibilityWaits;

    public async Task<ReviewComment> PublishAsync(string body, CancellationToken ct)
    {
        var identity = await review.GetIdentityAsync(ct).ConfigureAwait(false);
        var existing = Ours(await review.ListCommentsAsync(ct).ConfigureAwait(false), identity);
        if (existing.Count > 0)
        {
            var updated = await review.EditCommentAsync(existing[0].Id, body, ct).ConfigureAwait(false);
            await DeleteAsync(existing.Skip(1), ct).ConfigureAwait(false);
            return updated;
        }

        var created = await review.CreateCommentAsync(body, ct).ConfigureAwait(false);
        identity = created.Author ?? identity;
        var after = await ListUntilVisibleAsync(created, identity, ct).ConfigureAwait(false);
        if (after.Count <= 1 || after[0].Id == created.Id)
        {
            await DeleteAsync(after.Skip(1), ct).ConfigureAwait(false);
            return created;
        }

        // A concurrent run created one first: keep that one, carrying this run's body, and drop ours.
        await DeleteAsync(after.Skip(1), ct).ConfigureAwait(false);
        return await review.EditCommentAsync(after[0].Id, body, ct).ConfigureAwait(false);
    }

    // Once our comment shows, every comment created before it shows too: the oldest of ours is then known.
    private async Task<List<ReviewComment>> ListUntilVisibleAsync(ReviewComment created, ReviewAuthor? identity, CancellationToken ct)
    {
        var after = Ours(await review.ListCommentsAsync(ct).ConfigureAwait(false), identity);
        foreach (var wait in VisibilityWaits)
        {
            if (after.Any(c => c.Id == created.Id))
            {
                break;
            }

            await Task.Delay(wait, ct).ConfigureAwait(false);
            after = Ours(await review.ListCommentsAsync(ct).ConfigureAwait(false), identity);
        }

        return after;
    }

    private List<ReviewComment> Ours(IEnumerable<ReviewComment> comments, ReviewAuthor? identity) =>
    [
        .. comments
            .Where(c => c.Body?.Contains(marker, StringComparison.Ordinal) == true)
            .Where(c => identity is not null && c.Author is { } author && author.IsSameAs(identity))
            .OrderBy(c => c.Id),
    ];

    private async Task DeleteAsync(IEnumerable<ReviewComment> extra, CancellationToken ct)
    {
        foreach (var comment in extra)
        {
            await review.DeleteCommentAsync(comment.Id, ct).ConfigureAwait(false);
        }
    }
}
