using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using ReadinessAction.Hosts.Http;

namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>
/// The few Azure DevOps REST calls (api-version 7.1) the step makes on one repository's pull requests: comment
/// threads, statuses, iterations, and whom the token acts as. Retries as the GitHub client does, through the same sender.
/// </summary>
public sealed class AzureDevOpsClient : IDisposable
{
    private const string ContinuationHeader = "x-ms-continuationtoken";
    private readonly RetryingHttpSender _sender;
    private readonly AzureDevOpsClientOptions _options;

    public AzureDevOpsClient(AzureDevOpsClientOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(":" + options.Token));
        _sender = new RetryingHttpSender(options.Retry, AzureDevOpsFailure.Instance, new SecretScrubber(options.Token, basic), handler);
        var headers = _sender.DefaultRequestHeaders;
        headers.Authorization = IsJobToken(options.Token) ? new AuthenticationHeaderValue("Bearer", options.Token) : new AuthenticationHeaderValue("Basic", basic);
        headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        headers.UserAgent.ParseAdd(options.UserAgent);
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

    public void Dispose() => _sender.Dispose();

    /// <summary>System.AccessToken is a JWT and goes as a bearer token; a personal access token goes as Basic credentials.</summary>
    public static bool IsJobToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.StartsWith("eyJ", StringComparison.Ordinal) && token.Count(c => c == '.') == 2;
    }

    private Uri PullRequestUri(int pullRequest, string rest, string query = "") =>
        new(_options.CollectionUri, $"{Uri.EscapeDataString(_options.Project)}/_apis/git/repositories/{Uri.EscapeDataString(_options.RepositoryId)}/pullRequests/{pullRequest}/{rest}?api-version={AzureDevOpsClientOptions.ApiVersion}{query}");

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, Func<HttpContent>? content, CancellationToken ct) =>
        _sender.SendAsync(method, uri, content, ct);

    private Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken ct) =>
        _sender.ReadAsync(response, type, ct);

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
            throw _sender.Unreadable(response, e);
        }
    }
}
