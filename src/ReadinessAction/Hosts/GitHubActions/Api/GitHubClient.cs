using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

using Polly;

namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>The few GitHub REST calls the action makes: issue comments, commit statuses, identity, pull request.</summary>
public sealed class GitHubClient : IDisposable
{
    private const int PageSize = 100;
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly SecretScrubber _scrubber;
    private readonly Uri _baseUri;

    public GitHubClient(GitHubClientOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _baseUri = new Uri(options.ApiUrl.AbsoluteUri.TrimEnd('/') + "/");
        _scrubber = new SecretScrubber(options.Token);
        _pipeline = GitHubRetryPipeline.Build(options);
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = _baseUri;
        _http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline times each attempt
        var headers = _http.DefaultRequestHeaders;
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
                throw new GitHubApiException(_scrubber.Scrub($"GitHub answered a next-page link to a page already read ({next.AbsolutePath}{next.Query})"), statusCode: null);
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

    public void Dispose() => _http.Dispose();

    private static string RepoPath(GitHubRepository repo) =>
        $"repos/{Uri.EscapeDataString(repo.Owner)}/{Uri.EscapeDataString(repo.Name)}";

    private static JsonContent Json<T>(T value, JsonTypeInfo<T> type) => JsonContent.Create(value, type);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, Func<HttpContent>? content, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    // A request message can be sent once only: build a new one for every attempt.
                    using var request = new HttpRequestMessage(method, uri) { Content = content?.Invoke() };
                    return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                },
                ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new GitHubApiException(_scrubber.Scrub($"{method} {uri.AbsolutePath} failed: {e.Message}"), statusCode: null);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var message = await DescribeFailureAsync(method, uri, response, ct).ConfigureAwait(false);
            throw new GitHubApiException(message, response.StatusCode)
            {
                // A limit reset too far away is not retried; it still is a limit, not a refusal.
                IsRateLimited = GitHubRetryPipeline.IsRateLimited(response) || message.Contains("rate limit", StringComparison.OrdinalIgnoreCase),
            };
        }
    }

    private async Task<string> DescribeFailureAsync(HttpMethod method, Uri uri, HttpResponseMessage response, CancellationToken ct)
    {
        string? message = null;
        try
        {
            var body = await response.Content.ReadFromJsonAsync(GitHubJsonContext.Default.ApiErrorBody, ct).ConfigureAwait(false);
            message = body?.Message;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            // Not GitHub's JSON error document (a proxy's HTML page): the status line says enough.
        }

        var text = $"GitHub API {method} {uri.AbsolutePath} answered {(int)response.StatusCode} {response.ReasonPhrase}";
        return _scrubber.Scrub(message is null ? text : $"{text}: {message}");
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(type, ct).ConfigureAwait(false)
                ?? throw new GitHubApiException($"GitHub API {response.RequestMessage?.RequestUri?.AbsolutePath} answered null", response.StatusCode);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new GitHubApiException(_scrubber.Scrub($"GitHub API {response.RequestMessage?.RequestUri?.AbsolutePath} answered JSON we cannot read: {e.Message}"), e);
        }
    }
}
