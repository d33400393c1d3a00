using ReadinessAction.Hosts.Http;

namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>Where and how the client talks to GitHub. Retry delays are settable so tests don't sleep.</summary>
public sealed record GitHubClientOptions
{
    public const string ApiVersion = "2022-11-28";

    /// <summary>https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server (GITHUB_API_URL).</summary>
    public required Uri ApiUrl { get; init; }

    public required string Token { get; init; }

    public string UserAgent { get; init; } = "readiness-action";

    public RetrySettings Retry { get; init; } = new();
}
