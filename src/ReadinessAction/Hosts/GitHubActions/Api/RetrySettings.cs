namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>How a REST client retries: attempts, first backoff delay, longest server-requested wait, time per attempt.</summary>
public sealed record RetrySettings(int MaxRetryAttempts, TimeSpan RetryBaseDelay, TimeSpan MaxRetryDelay, TimeSpan RequestTimeout, TimeProvider TimeProvider);
