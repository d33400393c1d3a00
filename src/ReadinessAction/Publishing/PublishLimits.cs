namespace ReadinessAction.Publishing;

/// <summary>How long publishing may take: an API that never answers must not keep the job alive for minutes.</summary>
/// <param name="Budget">All review-system calls of a run together, retries and waits included.</param>
/// <param name="FinalStatusGrace">Extra time for the final status once the budget is spent.</param>
public sealed record PublishLimits(TimeSpan Budget, TimeSpan FinalStatusGrace)
{
    public static PublishLimits Default { get; } = new(TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(10));

    /// <summary>Waits before re-listing until a created comment shows (the list is eventually consistent).</summary>
    public IReadOnlyList<TimeSpan> VisibilityWaits { get; init; } = StickyComment.DefaultVisibilityWaits;
}
