using System.Net;

namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>
/// GitHub answered with an error after the retries. The message names the request and GitHub's own message,
/// scrubbed of the token.
/// </summary>
public sealed class GitHubApiException : Exception
{
    public GitHubApiException(string message, HttpStatusCode? statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public GitHubApiException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public GitHubApiException()
    {
    }

    public GitHubApiException(string message)
        : base(message)
    {
    }

    /// <summary>Null when no answer came (timeout, connection refused).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>A primary or secondary rate limit (403 or 429) that the retries could not wait out.</summary>
    public bool IsRateLimited { get; init; }

    /// <summary>The token may not do this here: a fork's read-only GITHUB_TOKEN, or missing workflow permissions.</summary>
    public bool IsPermissionDenied => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
}
