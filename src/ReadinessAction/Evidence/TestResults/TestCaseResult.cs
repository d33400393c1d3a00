namespace ReadinessAction.Evidence.TestResults;

/// <summary>One raw test case entry. Suite and ClassName are "" when the format has none.</summary>
/// <param name="Flaky">
/// Part of a retried test that passed in the end: a passed case whose report lists failed attempts (Surefire's
/// flakyFailure), or, when a report repeats a test, the failed runs before its last, passed run.
/// </param>
public sealed record TestCaseResult(
    string Suite,
    string ClassName,
    string Name,
    TestOutcome Outcome,
    double? DurationSeconds,
    IReadOnlyList<string> Categories,
    bool Flaky = false);
