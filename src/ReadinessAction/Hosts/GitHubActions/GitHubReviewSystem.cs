using System.Net;

using ReadinessAction.Hosts.GitHubActions.Api;
using ReadinessAction.Hosts.Http;
using ReadinessAction.Publishing;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>GitHub as the review system: the commit status of the head SHA and the issue comments of the pull request.</summary>
/// <param name="tokenIsReadOnly">A fork's pull_request run: GITHUB_TOKEN is read-only there by design, so a 403 is expected.</param>
public sealed class GitHubReviewSystem(GitHubClient client, PublishTarget target, string statusContext, SecretScrubber scrubber, bool tokenIsReadOnly = false) : IReviewSystem
{
    /// <summary>Whom GITHUB_TOKEN acts as; it may not read GET /user. The login is unique, the id differs on GHES.</summary>
    public static ReviewAuthor ActionsBot { get; } = new(0, IsBot: true) { Login = "github-actions[bot]" };

    public const string ForkRecipe =
        "This is expected on pull requests from forks, where GITHUB_TOKEN is read-only, or when the workflow lacks "
        + "'permissions: { pull-requests: write, statuses: write }'. The report is in the job summary, the annotations "
        + "and the report file. To publish on fork pull requests, run this action with 'mode: report-only' in the "
        + "pull_request workflow, upload the report and its .github.json file as an artifact, and run 'mode: publish' "
        + "from a workflow_run workflow (README, 'Fork pull requests').";

    public string StatusName => "commit status";

    public string PermissionAdvice => ForkRecipe;

    public bool CanSetStatus => target.Sha is not null;

    public string? CommentTarget => target.PullRequest is { } number ? $"pull request #{number}" : null;

    public string UnverifiedCommentTargetWarning =>
        $"Not commenting on pull request #{target.PullRequest}: its head is not {target.Sha}, the commit the report was made for.";

    public Task SetStatusAsync(StatusState state, string description, CancellationToken ct) =>
        CallAsync(() => new CommitStatusPublisher(client, target.Repository, target.Sha!, statusContext, target.RunUrl).SetAsync(state, scrubber.Scrub(description), ct));

    // A number read from an artifact is only believed when GitHub says that pull request's head is our commit.
    public async Task<bool> IsCommentTargetVerifiedAsync(CancellationToken ct)
    {
        if (target.PullRequestIsTrusted || target.PullRequest is not { } number)
        {
            return target.PullRequestIsTrusted;
        }

        var pr = await CallAsync(() => client.GetPullRequestAsync(target.Repository, number, ct)).ConfigureAwait(false);
        return string.Equals(pr.Head.Sha, target.Sha, StringComparison.OrdinalIgnoreCase);
    }

    public async Task<ReviewAuthor?> GetIdentityAsync(CancellationToken ct)
    {
        try
        {
            return Author(await client.GetAuthenticatedUserAsync(ct).ConfigureAwait(false));
        }
        catch (GitHubApiException e) when (!e.IsRateLimited && e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // An installation token (GITHUB_TOKEN, GitHub Apps) may not read /user. Only the exact login of
            // GITHUB_TOKEN's app is assumed; another app's token proves itself by the comment it creates.
            return ActionsBot;
        }
        catch (GitHubApiException e)
        {
            throw Wrap(e);
        }
    }

    public async Task<IReadOnlyList<ReviewComment>> ListCommentsAsync(CancellationToken ct) =>
        [.. (await CallAsync(() => client.ListIssueCommentsAsync(target.Repository, PullRequest, ct)).ConfigureAwait(false)).Select(Comment)];

    public async Task<ReviewComment> CreateCommentAsync(string body, CancellationToken ct) =>
        Comment(await CallAsync(() => client.CreateIssueCommentAsync(target.Repository, PullRequest, body, ct)).ConfigureAwait(false));

    public async Task<ReviewComment> EditCommentAsync(long id, string body, CancellationToken ct) =>
        Comment(await CallAsync(() => client.UpdateIssueCommentAsync(target.Repository, id, body, ct)).ConfigureAwait(false));

    public Task DeleteCommentAsync(long id, CancellationToken ct) =>
        CallAsync(() => client.DeleteIssueCommentAsync(target.Repository, id, ct));

    private int PullRequest => target.PullRequest ?? throw new InvalidOperationException("no pull request to comment on");

    private static ReviewComment Comment(IssueComment c) => new(c.Id, c.Body, c.HtmlUrl, Author(c.User), c.CreatedAt);

    private static ReviewAuthor? Author(GitHubUser? user) => user is null ? null : new ReviewAuthor(user.Id, user.IsBot) { Login = user.Login };

    private ReviewSystemException Wrap(GitHubApiException e) => new(e.Message, Kind(e), e);

    private ReviewFailure Kind(GitHubApiException e) => e switch
    {
        { IsRateLimited: true } => ReviewFailure.RateLimited,
        { StatusCode: HttpStatusCode.Unauthorized } => ReviewFailure.BadCredentials,
        { StatusCode: HttpStatusCode.Forbidden } => tokenIsReadOnly ? ReviewFailure.ReadOnlyToken : ReviewFailure.MissingPermission,
        _ => ReviewFailure.Failed,
    };

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (GitHubApiException e)
        {
            throw Wrap(e);
        }
    }
}
