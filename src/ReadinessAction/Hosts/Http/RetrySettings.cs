namespace ReadinessAction.Hosts.Http;

/// <summary>How a REST client retries and how long each attempt may take. Settable so tests don't sleep.</summary>
public sealed record RetrySettings
{
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>First backoff delay for 5xx and network errors; doubles each attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait the client accepts from Retry-After or x-ratelimit-reset; a longer one fails the call.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(90);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
