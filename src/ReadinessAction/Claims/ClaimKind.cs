namespace ReadinessAction.Claims;

/// <summary>What a claim is about. Reported in snake_case (<c>test_count</c>).</summary>
public enum ClaimKind
{
    Coverage,
    TestCount,
    PassRate,
    TestRatio,
    SkippedTests,
    FileExists,
    CompletionPercent,
    StatusRollup,
    OtherMetric,
}
