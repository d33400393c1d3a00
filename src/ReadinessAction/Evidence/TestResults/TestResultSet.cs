namespace ReadinessAction.Evidence.TestResults;

/// <summary>The test cases of one artifact, or of several merged.</summary>
public sealed class TestResultSet
{
    private readonly TestCaseTable _cases;
    private TestTotals? _totals;
    private TestRunTotals? _runs;

    public TestResultSet(IReadOnlyList<TestCaseResult> cases)
    {
        _cases = cases as TestCaseTable ?? TestCaseTable.From(cases);
    }

    /// <summary>The cases, each record made when it is read (they are held flat, not as records).</summary>
    public IReadOnlyList<TestCaseResult> Cases => _cases;

    public TestTotals Totals => _totals ??= Count(_cases);

    /// <summary>Every executed case, as the runner's own summary line counts them.</summary>
    public TestRunTotals Runs => _runs ??= TestRunTotals.Count(_cases);

    /// <summary>Many artifacts (matrix builds, monorepos) as one set: a test run in several artifacts counts once.</summary>
    public static TestResultSet Merge(IEnumerable<TestResultSet> sets)
    {
        var all = sets.ToList();

        // One set is its own merge: sharing it keeps its counted totals instead of counting a million cases again.
        return all.Count == 1 ? all[0] : new(TestCaseTable.From(all.SelectMany(s => s.Cases)));
    }

    /// <summary>
    /// Distinct tests by (class or suite, name); the most severe outcome of duplicates wins, except that the failed
    /// attempts of a retried test that passed (<see cref="TestCaseResult.Flaky"/>) do not fail it: it is passed, and
    /// flaky. A case without a name cannot be recognised again, so each one counts as a test of its own.
    /// </summary>
    public static TestTotals Count(IEnumerable<TestCaseResult> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var table = cases as TestCaseTable ?? TestCaseTable.From(cases);
        var keys = new TestKeySlots(table, table.Count);

        // Per slot: the outcome the test counts with, and FlakyBit when any of its runs was a flaky attempt.
        var states = new byte[keys.Capacity];
        const byte FlakyBit = 0x80;
        int passed = 0, failed = 0, errors = 0, skipped = 0;
        for (var i = 0; i < table.Count; i++)
        {
            var outcome = table.OutcomeAt(i);
            if (!table.HasName(i))
            {
                Tally(outcome, ref passed, ref failed, ref errors, ref skipped);
                continue;
            }

            var flaky = table.IsFlaky(i);
            var counts = flaky && outcome is TestOutcome.Failed or TestOutcome.Error ? TestOutcome.Passed : outcome;
            var slot = keys.Find(i, out var seen);
            var before = (TestOutcome)(states[slot] & ~FlakyBit);
            states[slot] = (byte)((byte)(seen && before > counts ? before : counts) | (flaky || (seen && states[slot] >= FlakyBit) ? FlakyBit : 0));
        }

        var flakyTests = 0;
        for (var slot = 0; slot < keys.Capacity; slot++)
        {
            if (keys.IsUsed(slot))
            {
                var outcome = (TestOutcome)(states[slot] & ~FlakyBit);
                Tally(outcome, ref passed, ref failed, ref errors, ref skipped);
                flakyTests += states[slot] >= FlakyBit && outcome == TestOutcome.Passed ? 1 : 0;
            }
        }

        return new TestTotals(passed + failed + errors + skipped, passed, failed, errors, skipped, table.Count) { Flaky = flakyTests };
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
