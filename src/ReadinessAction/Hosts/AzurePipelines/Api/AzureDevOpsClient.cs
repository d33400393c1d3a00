using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using Polly;

using ReadinessAction.Hosts.GitHubActions.Api;

namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>
/// The few Azure DevOps REST calls (api-version 7.1) the step makes on one repository's pull requests: comment
/// threads, statuses, iterations, and whom the token acts as. Retries as the GitHub client does.
/// </summary>
public sealed class AzureDevOpsClient : IDisposable
{
    private const string ContinuationHeader = "x-ms-continuationtoken";
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly SecretScrubber _scrubber;
    private readonly AzureDevOpsClientOptions _options;

    public AzureDevOpsClient(AzureDevOpsClientOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(":" + options.Token));
        _scrubber = new SecretScrubber(options.Token, basic);
        _pipeline = GitHubRetryPipeline.Build(options.Retry);
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline times each attempt
        _http.DefaultRequestHeaders.Authorization = IsJobToken(options.Token) ? new AuthenticationHeaderValue("Bearer", options.Token) : new AuthenticationHeaderValue("Basic", basic);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    public async Task<IReadOnlyList<CommentThread>> ListThreadsAsync(int pullRequest, CancellationToken ct)
    {
        var threads = new List<CommentThread>();
        string? continuation = null;
        var seen = new HashSet<string>();
        do
        {
            var query = continuation is null ? "" : "&continuationToken=" + Uri.EscapeDataString(continuation);
            using var response = await SendAsync(HttpMethod.Get, PullRequestUri(pullRequest, "threads", query), null, ct).ConfigureAwait(false);
            threads.AddRange(await ReadListAsync(response, AzureDevOpsJsonContext.Default.AzureDevOpsListCommentThread, AzureDevOpsJsonContext.Default.ListCommentThread, ct).ConfigureAwait(false));
            continuation = response.Headers.TryGetValues(ContinuationHeader, out var values) ? values.FirstOrDefault() : null;

            // A token handed out twice would loop for ever.
            if (continuation is not null && !seen.Add(continuation))
            {
                throw new AzureDevOpsApiException("Azure DevOps answered a continuation token already used for the thread list", statusCode: null);
            }
        }
        while (!string.IsNullOrEmpty(continuation));

        return threads;
    }

    public async Task<CommentThread> CreateThreadAsync(int pullRequest, NewThreadRequest thread, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, PullRequestUri(pullRequest, "threads"), () => JsonContent.Create(thread, AzureDevOpsJsonContext.Default.NewThreadRequest), ct).ConfigureAwait(false);
        return await ReadAsync(response, AzureDevOpsJsonContext.Default.CommentThread, ct).ConfigureAwait(false);
    }

    public async Task<ThreadComment> UpdateCommentAsync(int pullRequest, int threadId, int commentId, string content, CancellationToken ct)
    {
        var uri = PullRequestUri(pullRequest, $"threads/{threadId}/comments/{commentId}");
        using var response = await SendAsync(HttpMethod.Patch, uri, () => JsonContent.Create(new CommentContentRequest(content), AzureDevOpsJsonContext.Default.CommentContentRequest), ct).ConfigureAwait(false);
        return await ReadAsync(response, AzureDevOpsJsonContext.Default.ThreadComment, ct).ConfigureAwait(false);
    }

    public async Task<CommentThread> UpdateThreadStatusAsync(int pullRequest, int threadId, string status, CancellationToken ct)
    {
        var uri = PullRequestUri(pullRequest, $"threads/{threadId}");
        using var response = await SendAsync(HttpMethod.Patch, uri, () => JsonContent.Create(new ThreadStatusRequest(status), AzureDevOpsJsonContext.Default.ThreadStatusRequest), ct).ConfigureAwait(false);
        return await ReadAsync(response, AzureDevOpsJsonContext.Default.CommentThread, ct).ConfigureAwait(false);
    }

    /// <summary>Deleting a thread's only comment deletes the thread. False when it was already gone.</summary>
    public async Task<bool> DeleteCommentAsync(int pullRequest, int threadId, int commentId, CancellationToken ct)
    {
        try
        {
            using var response = await SendAsync(HttpMethod.Delete, PullRequestUri(pullRequest, $"threads/{threadId}/comments/{commentId}"), null, ct).ConfigureAwait(false);
            return true;
        }
        catch (AzureDevOpsApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>The pull request's iterations (pushes), oldest first.</summary>
    public async Task<IReadOnlyList<PullRequestIteration>> ListIterationsAsync(int pullRequest, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, PullRequestUri(pullRequest, "iterations"), null, ct).ConfigureAwait(false);
        return await ReadListAsync(response, AzureDevOpsJsonContext.Default.AzureDevOpsListPullRequestIteration, AzureDevOpsJsonContext.Default.ListPullRequestIteration, ct).ConfigureAwait(false);
    }

    public async Task<PullRequestStatus> CreateStatusAsync(int pullRequest, PullRequestStatusRequest status, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, PullRequestUri(pullRequest, "statuses"), () => JsonContent.Create(status, AzureDevOpsJsonContext.Default.PullRequestStatusRequest), ct).ConfigureAwait(false);
        return await ReadAsync(response, AzureDevOpsJsonContext.Default.PullRequestStatus, ct).ConfigureAwait(false);
    }

    /// <summary>GET _apis/connectionData of the collection: the identity the token acts as.</summary>
    public async Task<ConnectionData> GetConnectionDataAsync(CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, new Uri(_options.CollectionUri, "_apis/connectionData"), null, ct).ConfigureAwait(false);
        return await ReadAsync(response, AzureDevOpsJsonContext.Default.ConnectionData, ct).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>System.AccessToken is a JWT and goes as a bearer token; a personal access token goes as Basic credentials.</summary>
    public static bool IsJobToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.StartsWith("eyJ", StringComparison.Ordinal) && token.Count(c => c == '.') == 2;
    }

    private Uri PullRequestUri(int pullRequest, string rest, string query = "") =>
        new(_options.CollectionUri, $"{Uri.EscapeDataString(_options.Project)}/_apis/git/repositories/{Uri.EscapeDataString(_options.RepositoryId)}/pullRequests/{pullRequest}/{rest}?api-version={AzureDevOpsClientOptions.ApiVersion}{query}");

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
            throw new AzureDevOpsApiException(_scrubber.Scrub($"{method} {uri.AbsolutePath} failed: {e.Message}"), statusCode: null);
        }

        // Azure DevOps answers an unauthenticated request with its sign-in page and 203, not 401.
        if (response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NonAuthoritativeInformation)
        {
            return response;
        }

        using (response)
        {
            throw await AzureDevOpsFailure.DescribeAsync(method, uri, response, _scrubber, ct).ConfigureAwait(false);
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(type, ct).ConfigureAwait(false)
                ?? throw new AzureDevOpsApiException($"Azure DevOps {response.RequestMessage?.RequestUri?.AbsolutePath} answered null", response.StatusCode);
        }
        catch (JsonException e)
        {
            throw new AzureDevOpsApiException(_scrubber.Scrub($"Azure DevOps {response.RequestMessage?.RequestUri?.AbsolutePath} answered JSON we cannot read: {e.Message}"), e);
        }
    }

    // Azure DevOps wraps lists in {"count", "value"}; its published description shows bare arrays. Both are read.
    private async Task<IReadOnlyList<T>> ReadListAsync<T>(HttpResponseMessage response, JsonTypeInfo<AzureDevOpsList<T>> wrapped, JsonTypeInfo<List<T>> bare, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        try
        {
            return text.TrimStart().StartsWith('[')
                ? JsonSerializer.Deserialize(text, bare) ?? []
                : JsonSerializer.Deserialize(text, wrapped)?.Value ?? [];
        }
        catch (JsonException e)
        {
            throw new AzureDevOpsApiException(_scrubber.Scrub($"Azure DevOps {response.RequestMessage?.RequestUri?.AbsolutePath} answered JSON we cannot read: {e.Message}"), e);
        }
    }
}
