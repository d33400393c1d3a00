namespace ReadinessAction.Publishing;

/// <summary>
/// Keeps exactly one comment per review and status context, edited in place on every run.
/// </summary>
/// <remarks>
/// Our comment is one that carries the hidden marker and was written by the token's identity. When the review system
/// will not say who the token is (GitHub answers 403 to GET /user for an installation token), any bot author counts,
/// because a person cannot post as a bot and the marker names the status context. After our own comment is created
/// its author *is* our identity, which the duplicate check then uses. Two concurrent runs may both create: each
/// re-lists after creating, keeps the oldest, and deletes the rest, so one comment remains.
/// </remarks>
public sealed class StickyComment(IReviewSystem review, string marker)
{
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
        identity ??= created.Author;
        var after = Ours(await review.ListCommentsAsync(ct).ConfigureAwait(false), identity);
        if (after.Count <= 1 || after[0].Id == created.Id)
        {
            await DeleteAsync(after.Skip(1), ct).ConfigureAwait(false);
            return created;
        }

        // A concurrent run created one first: keep that one, carrying this run's body, and drop ours.
        await DeleteAsync(after.Skip(1), ct).ConfigureAwait(false);
        return await review.EditCommentAsync(after[0].Id, body, ct).ConfigureAwait(false);
    }

    private List<ReviewComment> Ours(IEnumerable<ReviewComment> comments, ReviewAuthor? identity) =>
    [
        .. comments
            .Where(c => c.Body?.Contains(marker, StringComparison.Ordinal) == true)
            .Where(c => c.Author is { } author && (identity is null ? author.IsBot : author.Id == identity.Id))
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id),
    ];

    private async Task DeleteAsync(IEnumerable<ReviewComment> extra, CancellationToken ct)
    {
        foreach (var comment in extra)
        {
            await review.DeleteCommentAsync(comment.Id, ct).ConfigureAwait(false);
        }
    }
}
