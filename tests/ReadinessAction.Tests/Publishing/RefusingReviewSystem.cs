using ReadinessAction.Publishing;

namespace ReadinessAction.Tests.Publishing;

/// <summary>A review system that refuses every call for one reason, as GitHub does with a bad token or a spent rate limit.</summary>
internal sealed class RefusingReviewSystem(ReviewFailure kind) : IReviewSystem
{
    public string StatusName => "status";

    public string PermissionAdvice => "Grant the permission.";

    public bool CanSetStatus => true;

    public string? CommentTarget => "pull request #1";

    public string UnverifiedCommentTargetWarning => "Not commenting: another commit.";

    public Task SetStatusAsync(StatusState state, string description, CancellationToken ct) => throw Refused();

    public Task<bool> IsCommentTargetVerifiedAsync(CancellationToken ct) => throw Refused();

    public Task<ReviewAuthor?> GetIdentityAsync(CancellationToken ct) => throw Refused();

    public Task<IReadOnlyList<ReviewComment>> ListCommentsAsync(CancellationToken ct) => throw Refused();

    public Task<ReviewComment> CreateCommentAsync(string body, CancellationToken ct) => throw Refused();

    public Task<ReviewComment> EditCommentAsync(long id, string body, CancellationToken ct) => throw Refused();

    public Task DeleteCommentAsync(long id, CancellationToken ct) => throw Refused();

    private ReviewSystemException Refused() => new($"refused ({kind})", kind, new InvalidOperationException());
}
