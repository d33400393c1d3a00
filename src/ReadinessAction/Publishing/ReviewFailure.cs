namespace ReadinessAction.Publishing;

/// <summary>Why the review system did not take a result; only a read-only token (a fork) is expected and not a failure.</summary>
public enum ReviewFailure
{
    /// <summary>A server error, a network fault, an answer we cannot read.</summary>
    Failed,

    /// <summary>The token is read-only by design here (a fork's pull request): publish with the fork recipe instead.</summary>
    ReadOnlyToken,

    /// <summary>The token lacks a permission it could have (the workflow's <c>permissions:</c>).</summary>
    MissingPermission,

    /// <summary>The token was rejected (expired, revoked, mistyped).</summary>
    BadCredentials,

    /// <summary>A rate limit that resets later than the run may wait.</summary>
    RateLimited,

    /// <summary>No answer within the publishing time limit.</summary>
    TimedOut,
}
