using System.Text.Json;

using ReadinessAction.Hosts.AzurePipelines.Api;
using ReadinessAction.Hosts.Http;
using ReadinessAction.Publishing;

namespace ReadinessAction.Hosts.AzurePipelines;

/// <summary>
/// Azure Repos as the review system: the pull request status (context genre readiness-action, name the status context)
/// on the latest iteration, and one comment thread per context, marked by the thread property ReadinessAction.Context.
/// A "comment" here is a thread: its id is the thread's, its body the first comment's. The thread is active while the
/// gate fails and closed when it passes.
/// </summary>
public sealed class AzureReviewSystem(AzureDevOpsClient client, AzurePullRequest target, string statusContext, SecretScrubber scrubber) : IReviewSystem
{
    public const string ContextProperty = "ReadinessAction.Context";
    public const string StatusGenre = "readiness-action";

    private readonly Dictionary<long, int> _firstComments = [];
    private int? _iteration;
    private int? _thread;

    public string StatusName => "pull request status";

    public string PermissionAdvice => $"{AzureDevOpsFailure.TokenAdvice} {AzureDevOpsFailure.PermissionAdvice}";

    public bool CanSetStatus => target.PullRequestId is not null;

    public string? CommentTarget => target.PullRequestId is { } id ? $"pull request !{id}" : null;

    public string UnverifiedCommentTargetWarning => $"Not commenting on pull request !{target.PullRequestId}.";

    public async Task SetStatusAsync(StatusState state, string description, CancellationToken ct)
    {
        _iteration ??= (await CallAsync(() => client.ListIterationsAsync(PullRequest, ct)).ConfigureAwait(false)).Select(i => (int?)i.Id).Max();
        var request = new PullRequestStatusRequest(State(state), Shorten(scrubber.Scrub(description)), new StatusContext(StatusGenre, statusContext), target.RunUrl, _iteration);
        await CallAsync(() => client.CreateStatusAsync(PullRequest, request, ct)).ConfigureAwait(false);
    }

    public async Task ResolveCommentAsync(bool resolved, CancellationToken ct)
    {
        if (_thread is { } thread)
        {
            await CallAsync(() => client.UpdateThreadStatusAsync(PullRequest, thread, resolved ? "closed" : "active", ct)).ConfigureAwait(false);
        }
    }

    // The pull request id comes from the pipeline's own variables, never from an artifact.
    public Task<bool> IsCommentTargetVerifiedAsync(CancellationToken ct) => Task.FromResult(true);

    public async Task<ReviewAuthor?> GetIdentityAsync(CancellationToken ct)
    {
        try
        {
            var user = (await client.GetConnectionDataAsync(ct).ConfigureAwait(false)).AuthenticatedUser;
            return Author(user);
        }
        catch (AzureDevOpsApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // No connectionData here: the created thread's author tells who we are.
            return null;
        }
        catch (AzureDevOpsApiException e)
        {
            throw Wrap(e);
        }
    }

    public async Task<IReadOnlyList<ReviewComment>> ListCommentsAsync(CancellationToken ct)
    {
        var threads = await CallAsync(() => client.ListThreadsAsync(PullRequest, ct)).ConfigureAwait(false);
        return [.. threads.Where(t => !t.IsDeleted && t.Property(ContextProperty) == statusContext).Select(Comment).OfType<ReviewComment>()];
    }

    public async Task<ReviewComment> CreateCommentAsync(string body, CancellationToken ct)
    {
        var properties = new Dictionary<string, JsonElement> { [ContextProperty] = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["$type"] = "System.String", ["$value"] = statusContext }, AzureDevOpsJsonContext.Default.DictionaryStringString) };
        var request = new NewThreadRequest([new NewCommentRequest(0, body, "text")], "active", properties);
        var thread = await CallAsync(() => client.CreateThreadAsync(PullRequest, request, ct)).ConfigureAwait(false);
        _thread = thread.Id;

        // An answer without the comment still created it: the body is what was sent, the author unknown.
        return Comment(thread) ?? new ReviewComment(thread.Id, body, Url(thread.Id), null, DateTimeOffset.MinValue);
    }

    public async Task<ReviewComment> EditCommentAsync(long id, string body, CancellationToken ct)
    {
        var thread = checked((int)id);
        var first = _firstComments.GetValueOrDefault(id, 1);
        var comment = await CallAsync(() => client.UpdateCommentAsync(PullRequest, thread, first, body, ct)).ConfigureAwait(false);
        _thread = thread;
        return new ReviewComment(id, comment.Content, Url(thread), Author(comment.Author), comment.PublishedDate ?? DateTimeOffset.MinValue);
    }

    public async Task DeleteCommentAsync(long id, CancellationToken ct)
    {
        var thread = checked((int)id);
        await CallAsync(() => client.DeleteCommentAsync(PullRequest, thread, _firstComments.GetValueOrDefault(id, 1), ct)).ConfigureAwait(false);
        if (_thread == thread)
        {
            _thread = null;
        }
    }

    private int PullRequest => target.PullRequestId ?? throw new InvalidOperationException("no pull request to publish on");

    private ReviewComment? Comment(CommentThread thread)
    {
        if (thread.Comments?.OrderBy(c => c.Id).FirstOrDefault(c => !c.IsDeleted) is not { } first)
        {
            return null;
        }

        _firstComments[thread.Id] = first.Id;
        return new ReviewComment(thread.Id, first.Content, Url(thread.Id), Author(first.Author), first.PublishedDate ?? DateTimeOffset.MinValue);
    }

    private string? Url(int thread) => target.RepositoryUrl is null ? null : $"{target.RepositoryUrl}/pullrequest/{PullRequest}?discussionId={thread}";

    private static ReviewAuthor? Author(IdentityRef? identity) =>
        identity?.Id is { Length: > 0 } id ? new ReviewAuthor(0, IsBot: false) { Login = id } : null;

    private static string State(StatusState state) => state switch
    {
        StatusState.Pending => "pending",
        StatusState.Success => "succeeded",
        StatusState.Failure => "failed",
        _ => "error",
    };

    // The status list of a pull request shows one line; keep the description short like GitHub's.
    private static string Shorten(string text) => text.Length <= 140 ? text : text[..139] + "…";

    private static ReviewSystemException Wrap(AzureDevOpsApiException e) => new(e.Message, e switch
    {
        { IsRateLimited: true } => ReviewFailure.RateLimited,
        { IsBadCredentials: true } => ReviewFailure.BadCredentials,
        { IsMissingPermission: true } => ReviewFailure.MissingPermission,
        _ => ReviewFailure.Failed,
    }, e);

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AzureDevOpsApiException e)
        {
            throw Wrap(e);
        }
    }
}
