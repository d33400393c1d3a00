namespace ReadinessAction.Evidence.Tests;

/// <summary>The test cases of one artifact, or of several merged.</summary>
public sealed class TestResultSet
{
    private TestTotals? _totals;

    public TestResultSet(IReadOnlyList<TestCaseResult> cases)
    {
        Cases = cases;
    }

    public IReadOnlyList<TestCaseResult> Cases { get; }

    public TestTotals Totals => _totals ??= Count(Cases);

    public static TestResultSet Merge(IEnumerable<TestResultSet> sets) =>
        new([.. sets.SelectMany(s => s.Cases)]);

    /// <summary>Distinct tests by (class or suite, name); the most severe outcome of duplicates wins.</summary>
    public static TestTotals Count(IEnumerable<TestCaseResult> cases)
    {
        var distinct = new Dictionary<(string Owner, string Name), TestOutcome>();
        var raw = 0;
        foreach (var c in cases)
        {
            raw++;
            var key = (c.ClassName.Length > 0 ? c.ClassName : c.Suite, c.Name);
            if (!distinct.TryGetValue(key, out var seen) || c.Outcome > seen)
            {
                distinct[key] = c.Outcome;
            }
        }

        int passed = 0, failed = 0, errors = 0, skipped = 0;
        foreach (var outcome in distinct.Values)
        {
            switch (outcome)
            {
                case TestOutcome.Passed: passed++; break;
                case TestOutcome.Failed: failed++; break;
                case TestOutcome.Error: errors++; break;
                case TestOutcome.Skipped: skipped++; break;
            }
        }

        return new TestTotals(distinct.Count, passed, failed, errors, skipped, raw);
    }
}
