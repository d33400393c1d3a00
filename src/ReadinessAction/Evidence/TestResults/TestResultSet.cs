namespace ReadinessAction.Evidence.TestResults;

/// <summary>The test cases of one artifact, or of several merged.</summary>
public sealed class TestResultSet
{
    private TestTotals? _totals;
    private TestRunTotals? _runs;

    public TestResultSet(IReadOnlyList<TestCaseResult> cases)
    {
        Cases = cases;
    }

    public IReadOnlyList<TestCaseResult> Cases { get; }

    public TestTotals Totals => _totals ??= Count(Cases);

    /// <summary>Every executed case, as the runner's own summary line counts them.</summary>
    public TestRunTotals Runs => _runs ??= TestRunTotals.Count(Cases);

    /// <summary>Many artifacts (matrix builds, monorepos) as one set: a test run in several artifacts counts once.</summary>
    public static TestResultSet Merge(IEnumerable<TestResultSet> sets)
    {
        var all = sets.ToList();

        // One set is its own merge: sharing it keeps its counted totals instead of counting a million cases again.
        return all.Count == 1 ? all[0] : new([.. all.SelectMany(s => s.Cases)]);
    }

    /// <summary>
    /// Distinct tests by (class or suite, name); the most severe outcome of duplicates wins, except that the failed
    /// attempts of a retried test that passed (<see cref="TestCaseResult.Flaky"/>) do not fail it: it is passed, and
    /// flaky. A case without a name cannot be recognised again, so each one counts as a test of its own.
    /// </summary>
    public static TestTotals Count(IEnumerable<TestCaseResult> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        // Sized once for the usual case (every entry a test of its own): growing it would hold two tables at once.
        var distinct = new Dictionary<(string Owner, string Name), (TestOutcome Outcome, bool Flaky)>(cases.TryGetNonEnumeratedCount(out var known) ? known : 0);
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
            var counts = c.Flaky && c.Outcome is TestOutcome.Failed or TestOutcome.Error ? TestOutcome.Passed : c.Outcome;
            if (!distinct.TryGetValue(key, out var seen))
            {
                distinct[key] = (counts, c.Flaky);
            }
            else
            {
                distinct[key] = (counts > seen.Outcome ? counts : seen.Outcome, seen.Flaky || c.Flaky);
            }
        }

        var flaky = 0;
        foreach (var (outcome, isFlaky) in distinct.Values)
        {
            Tally(outcome, ref passed, ref failed, ref errors, ref skipped);
            flaky += isFlaky && outcome == TestOutcome.Passed ? 1 : 0;
        }

        return new TestTotals(passed + failed + errors + skipped, passed, failed, errors, skipped, raw) { Flaky = flaky };
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
