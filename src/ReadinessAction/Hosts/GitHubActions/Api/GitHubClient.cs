using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

using ReadinessAction.Hosts.Http;

namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>The few GitHub REST calls the action makes: issue comments, commit statuses, identity, pull request.</summary>
public sealed class GitHubClient : IDisposable
{
    private const int PageSize = 100;
    private readonly RetryingHttpSender _sender;
    private readonly Uri _baseUri;

    public GitHubClient(GitHubClientOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _baseUri = new Uri(options.ApiUrl.AbsoluteUri.TrimEnd('/') + "/");
        _sender = new RetryingHttpSender(options.Retry, GitHubApiErrors.Instance, new SecretScrubber(options.Token), handler);
        var headers = _sender.DefaultRequestHeaders;
        headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        headers.UserAgent.ParseAdd(options.UserAgent);
        headers.Add("X-GitHub-Api-Version", GitHubClientOptions.ApiVersion);
    }

    public async Task<IReadOnlyList<IssueComment>> ListIssueCommentsAsync(GitHubRepository repo, int issue, CancellationToken ct)
    {
        var comments = new List<IssueComment>();
        Uri? next = new(_baseUri, $"{RepoPath(repo)}/issues/{issue}/comments?per_page={PageSize}");
        var read = new HashSet<Uri>();
        while (next is not null)
        {
            // A next link back to a page already read would loop for ever.
            if (!read.Add(next))
            {
                throw new GitHubApiException(_sender.Scrubber.Scrub($"GitHub answered a next-page link to a page already read ({next.AbsolutePath}{next.Query})"), statusCode: null);
            }

            using var response = await SendAsync(HttpMethod.Get, next, null, ct).ConfigureAwait(false);
            comments.AddRange(await ReadAsync(response, GitHubJsonContext.Default.ListIssueComment, ct).ConfigureAwait(false));
            next = LinkHeader.Next(response, _baseUri);
        }

        return comments;
    }

    public async Task<IssueComment> CreateIssueCommentAsync(GitHubRepository repo, int issue, string body, CancellationToken ct)
    {
        var uri = new Uri(_baseUri, $"{RepoPath(repo)}/issues/{issue}/comments");
        using var response = await SendAsync(HttpMethod.Post, uri, () => Json(new CommentRequest(body), GitHubJsonContext.Default.CommentRequest), ct).ConfigureAwait(false);
        return await ReadAsync(response, GitHubJsonContext.Default.IssueComment, ct).ConfigureAwait(false);
    }

    public async Task<IssueComment> UpdateIssueCommentAsync(GitHubRepository repo, long commentId, string body, CancellationToken ct)
    {
        var uri = new Uri(_baseUri, $"{RepoPath(repo)}/issues/comments/{commentId}");
        using var response = await SendAsync(HttpMethod.Patch, uri, () => Json(new CommentRequest(body), GitHubJsonContext.Default.CommentRequest), ct).ConfigureAwait(false);
        return await ReadAsync(response, GitHubJsonContext.Default.IssueComment, ct).ConfigureAwait(false);
    }

    /// <summary>False when the comment was already gone (a concurrent run deleted it first).</summary>
    public async Task<bool> DeleteIssueCommentAsync(GitHubRepository repo, long commentId, CancellationToken ct)
    {
        var uri = new Uri(_baseUri, $"{RepoPath(repo)}/issues/comments/{commentId}");
        try
        {
            using var response = await SendAsync(HttpMethod.Delete, uri, null, ct).ConfigureAwait(false);
            return true;
        }
        catch (GitHubApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<CommitStatus> CreateCommitStatusAsync(GitHubRepository repo, string sha, CommitStatusRequest status, CancellationToken ct)
    {
        var uri = new Uri(_baseUri, $"{RepoPath(repo)}/statuses/{Uri.EscapeDataString(sha)}");
        using var response = await SendAsync(HttpMethod.Post, uri, () => Json(status, GitHubJsonContext.Default.CommitStatusRequest), ct).ConfigureAwait(false);
        return await ReadAsync(response, GitHubJsonContext.Default.CommitStatus, ct).ConfigureAwait(false);
    }

    /// <summary>GET /user. An installation token (GITHUB_TOKEN) gets 403 here: callers must expect that.</summary>
    public async Task<GitHubUser> GetAuthenticatedUserAsync(CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, new Uri(_baseUri, "user"), null, ct).ConfigureAwait(false);
        return await ReadAsync(response, GitHubJsonContext.Default.GitHubUser, ct).ConfigureAwait(false);
    }

    public async Task<PullRequest> GetPullRequestAsync(GitHubRepository repo, int number, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, new Uri(_baseUri, $"{RepoPath(repo)}/pulls/{number}"), null, ct).ConfigureAwait(false);
        return await ReadAsync(response, GitHubJsonContext.Default.PullRequest, ct).ConfigureAwait(false);
    }

    public void Dispose() => _sender.Dispose();

    private static string RepoPath(GitHubRepository repo) =>
        $"repos/{Uri.EscapeDataString(repo.Owner)}/{Uri.EscapeDataString(repo.Name)}";

    private static JsonContent Json<T>(T value, JsonTypeInfo<T> type) => JsonContent.Create(value, type);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, Func<HttpContent>? content, CancellationToken ct) =>
        _sender.SendAsync(method, uri, content, ct);

    private Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken ct) =>
        _sender.ReadAsync(response, type, ct);
}
