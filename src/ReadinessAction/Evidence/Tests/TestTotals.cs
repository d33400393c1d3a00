namespace ReadinessAction.Evidence.Tests;

/// <summary>Total counts distinct tests (most severe outcome wins); Cases counts raw entries.</summary>
public sealed record TestTotals(int Total, int Passed, int Failed, int Errors, int Skipped, int Cases)
{
    public static TestTotals Empty { get; } = new(0, 0, 0, 0, 0, 0);
}
