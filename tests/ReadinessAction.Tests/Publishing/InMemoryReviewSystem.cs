using ReadinessAction.Publishing;

namespace ReadinessAction.Tests.Publishing;

/// <summary>A review system in memory: statuses and comments, an identity, and calls that can be refused.</summary>
internal sealed class InMemoryReviewSystem : IReviewSystem
{
    private long _nextId = 100;
    private DateTimeOffset _clock = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ReviewAuthor Bot { get; } = new(7, IsBot: true);

    public ReviewAuthor? Identity { get; init; } = Bot;

    public bool IdentityKnown { get; init; } = true;

    public bool TargetVerified { get; init; } = true;

    /// <summary>Calls whose name is here throw: permission refused when the value is true, a failure otherwise.</summary>
    public Dictionary<string, bool> Refusals { get; } = new(StringComparer.Ordinal);

    /// <summary>Calls whose name is here never answer (until cancelled).</summary>
    public HashSet<string> Hangs { get; } = new(StringComparer.Ordinal);

    public List<(StatusState State, string Description)> Statuses { get; } = [];

    public List<ReviewComment> Comments { get; } = [];

    public List<string> Calls { get; } = [];

    public string StatusName => "status";

    public string PermissionAdvice => "Grant the permission.";

    public bool CanSetStatus => true;

    public string? CommentTarget { get; init; } = "pull request #1";

    public string UnverifiedCommentTargetWarning => "Not commenting: another commit.";

    public ReviewComment Add(string body, ReviewAuthor? author)
    {
        var comment = new ReviewComment(_nextId++, body, $"https://review/{_nextId}", author, _clock = _clock.AddMinutes(1));
        Comments.Add(comment);
        return comment;
    }

    public async Task SetStatusAsync(StatusState state, string description, CancellationToken ct)
    {
        Call("status");
        if (Hangs.Contains("status"))
        {
            await Task.Delay(Timeout.Infinite, ct);
        }

        Statuses.Add((state, description));
    }

    public Task<bool> IsCommentTargetVerifiedAsync(CancellationToken ct) => Task.FromResult(TargetVerified);

    public Task<ReviewAuthor?> GetIdentityAsync(CancellationToken ct) => Task.FromResult(IdentityKnown ? Identity : null);

    public Task<IReadOnlyList<ReviewComment>> ListCommentsAsync(CancellationToken ct)
    {
        Call("list");
        return Task.FromResult<IReadOnlyList<ReviewComment>>([.. Comments]);
    }

    public Task<ReviewComment> CreateCommentAsync(string body, CancellationToken ct)
    {
        Call("create");
        return Task.FromResult(Add(body, Identity));
    }

    public Task<ReviewComment> EditCommentAsync(long id, string body, CancellationToken ct)
    {
        Call("edit");
        var index = Comments.FindIndex(c => c.Id == id);
        Comments[index] = Comments[index] with { Body = body };
        return Task.FromResult(Comments[index]);
    }

    public Task DeleteCommentAsync(long id, CancellationToken ct)
    {
        Call("delete");
        Comments.RemoveAll(c => c.Id == id);
        return Task.CompletedTask;
    }

    private void Call(string name)
    {
        Calls.Add(name);
        if (Refusals.TryGetValue(name, out var denied))
        {
            throw new ReviewSystemException($"{name} refused", denied, new InvalidOperationException(name));
        }
    }
}
