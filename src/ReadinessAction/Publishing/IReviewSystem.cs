namespace ReadinessAction.Publishing;

/// <summary>
/// Where a reviewer sees the result: the status of the gate and the one comment on the pull request. Calls throw
/// <see cref="ReviewSystemException"/>; the rules (sticky comment, final status, what a refusal means) are not here.
/// </summary>
public interface IReviewSystem
{
    /// <summary>What the status is called in messages ("commit status").</summary>
    string StatusName { get; }

    /// <summary>What a permission refusal usually means here and how to publish anyway.</summary>
    string PermissionAdvice { get; }

    /// <summary>False when there is nothing to set a status on.</summary>
    bool CanSetStatus { get; }

    /// <summary>The review that gets the comment ("pull request #2"), or null when there is none.</summary>
    string? CommentTarget { get; }

    /// <summary>Said when <see cref="IsCommentTargetVerifiedAsync"/> is false.</summary>
    string UnverifiedCommentTargetWarning { get; }

    Task SetStatusAsync(StatusState state, string description, CancellationToken ct);

    /// <summary>
    /// Files the run's comment away when the gate passes and keeps it open while it fails, where the review system has
    /// such a state (an Azure Repos thread: closed or active). Nothing where it has none.
    /// </summary>
    Task ResolveCommentAsync(bool resolved, CancellationToken ct) => Task.CompletedTask;

    /// <summary>True when the comment target may be believed (it is the review of the commit the report is about).</summary>
    Task<bool> IsCommentTargetVerifiedAsync(CancellationToken ct);

    /// <summary>Whom the token acts as, or null when the review system will not say.</summary>
    Task<ReviewAuthor?> GetIdentityAsync(CancellationToken ct);

    Task<IReadOnlyList<ReviewComment>> ListCommentsAsync(CancellationToken ct);

    Task<ReviewComment> CreateCommentAsync(string body, CancellationToken ct);

    Task<ReviewComment> EditCommentAsync(long id, string body, CancellationToken ct);

    Task DeleteCommentAsync(long id, CancellationToken ct);
}
