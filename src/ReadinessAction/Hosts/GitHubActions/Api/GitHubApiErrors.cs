using System.Net;
using System.Net.Http.Json;

using ReadinessAction.Hosts.Http;

namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>GitHub's failures as <see cref="GitHubApiException"/>s carrying GitHub's own message.</summary>
internal sealed class GitHubApiErrors : RestApiErrors
{
    public static readonly GitHubApiErrors Instance = new();

    public override string ServiceName => "GitHub API";

    public override Exception Failure(string message, HttpStatusCode? statusCode) => new GitHubApiException(message, statusCode);

    public override Exception Unreadable(string message, Exception cause) => new GitHubApiException(message, cause);

    public override async Task<Exception> RefusedAsync(HttpMethod method, Uri uri, HttpResponseMessage response, SecretScrubber scrubber, CancellationToken ct)
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
        var scrubbed = scrubber.Scrub(message is null ? text : $"{text}: {message}");
        return new GitHubApiException(scrubbed, response.StatusCode)
        {
            // A limit reset too far away is not retried; it still is a limit, not a refusal.
            IsRateLimited = RetryPipeline.IsRateLimited(response) || scrubbed.Contains("rate limit", StringComparison.OrdinalIgnoreCase),
        };
    }
}
