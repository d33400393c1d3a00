namespace ReadinessAction.Evidence.TestResults;

/// <summary>Ordered by severity: when the same test appears twice, the higher value wins.</summary>
public enum TestOutcome : byte
{
    Passed = 0,
    Skipped = 1,
    Failed = 2,
    Error = 3,
}
