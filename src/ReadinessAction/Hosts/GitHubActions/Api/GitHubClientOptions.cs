namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>Where and how the client talks to GitHub. Retry delays are settable so tests don't sleep.</summary>
public sealed record GitHubClientOptions
{
    public const string ApiVersion = "2022-11-28";

    /// <summary>https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server (GITHUB_API_URL).</summary>
    public required Uri ApiUrl { get; init; }

    public required string Token { get; init; }

    public string UserAgent { get; init; } = "readiness-action";

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>First backoff delay for 5xx and network errors; doubles each attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait the client accepts from Retry-After or x-ratelimit-reset; a longer one fails the call.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(90);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
