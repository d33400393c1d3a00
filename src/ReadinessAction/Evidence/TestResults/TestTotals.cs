namespace ReadinessAction.Evidence.TestResults;

/// <summary>Total counts distinct tests (most severe outcome wins, a retried test that passed is passed); Cases counts raw entries.</summary>
public sealed record TestTotals(int Total, int Passed, int Failed, int Errors, int Skipped, int Cases)
{
    public static TestTotals Empty { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Distinct tests that passed after failed attempts (counted in Passed).</summary>
    public int Flaky { get; init; }
}

/// <summary>
/// Every executed case as the runner's own summary counts it: a parameterised test run eight times is eight runs,
/// and each attempt of a retried test is a run of its own.
/// </summary>
public sealed record TestRunTotals(int Runs, int Passed, int Failed, int Errors, int Skipped)
{
    public static TestRunTotals Count(IEnumerable<TestCaseResult> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        int runs = 0, passed = 0, failed = 0, errors = 0, skipped = 0;

        // A flat table is counted from its outcomes, without making a record of each case.
        var outcomes = cases is TestCaseTable table ? Enumerable.Range(0, table.Count).Select(table.OutcomeAt) : cases.Select(c => c.Outcome);
        foreach (var outcome in outcomes)
        {
            runs++;
            switch (outcome)
            {
                case TestOutcome.Passed: passed++; break;
                case TestOutcome.Failed: failed++; break;
                case TestOutcome.Error: errors++; break;
                case TestOutcome.Skipped: skipped++; break;
            }
        }

        return new TestRunTotals(runs, passed, failed, errors, skipped);
    }
}
