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

    /// <summary>Many artifacts (matrix builds, monorepos) as one set: a test run in several artifacts counts once.</summary>
    public static TestResultSet Merge(IEnumerable<TestResultSet> sets)
    {
        var all = sets.ToList();

        // One set is its own merge: sharing it keeps its counted totals instead of counting a million cases again.
        return all.Count == 1 ? all[0] : new([.. all.SelectMany(s => s.Cases)]);
    }

    /// <summary>
    /// Distinct tests by (class or suite, name); the most severe outcome of duplicates wins. A case without a name
    /// cannot be recognised again, so each one counts as a test of its own.
    /// </summary>
    public static TestTotals Count(IEnumerable<TestCaseResult> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var distinct = new Dictionary<(string Owner, string Name), TestOutcome>();
        int raw = 0, passed = 0, failed = 0, errors = 0, skipped = 0;
        foreach (var c in cases)
        {
            raw++;
            if (c.Name.Length == 0)
            {
                Tally(c.Outcome, ref passed, ref failed, ref errors, ref skipped);
                continue;
            }

            var key = (c.ClassName.Length > 0 ? c.ClassName : c.Suite, c.Name);
            if (!distinct.TryGetValue(key, out var seen) || c.Outcome > seen)
            {
                distinct[key] = c.Outcome;
            }
        }

        foreach (var outcome in distinct.Values)
        {
            Tally(outcome, ref passed, ref failed, ref errors, ref skipped);
        }

        return new TestTotals(passed + failed + errors + skipped, passed, failed, errors, skipped, raw);
    }

    private static void Tally(TestOutcome outcome, ref int passed, ref int failed, ref int errors, ref int skipped)
    {
        switch (outcome)
        {
            case TestOutcome.Passed: passed++; break;
            case TestOutcome.Failed: failed++; break;
            case TestOutcome.Error: errors++; break;
            case TestOutcome.Skipped: skipped++; break;
        }
    }
}
