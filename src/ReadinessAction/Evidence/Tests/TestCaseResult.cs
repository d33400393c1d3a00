namespace ReadinessAction.Evidence.Tests;

/// <summary>One raw test case entry. Suite and ClassName are "" when the format has none.</summary>
public sealed record TestCaseResult(
    string Suite,
    string ClassName,
    string Name,
    TestOutcome Outcome,
    double? DurationSeconds,
    IReadOnlyList<string> Categories);
