namespace ReadinessAction.Evidence.TestResults.JUnit;

/// <summary>
/// Rerun-style reports (gotestsum <c>--rerun-fails</c>, pytest-rerunfailures, action-junit-report's retry fixtures)
/// list a retried test once per attempt: failed entries, then the passing one. That shape is a flaky pass. Any other
/// repetition (a pass before a failure, a failure after the last pass, a skip among them) is not what a retrier writes
/// (it stops at the first pass), so those entries stay separate runs of one test and the most severe outcome wins.
/// </summary>
internal static class JUnitRetries
{
    /// <summary>Marks the attempts of retried tests among <paramref name="cases"/> from index <paramref name="from"/> on.</summary>
    /// <remarks>Called once per outermost suite: a retrier writes its attempts into the test's own suite.</remarks>
    public static void MarkFlaky(TestCaseTable cases, int from)
    {
        // previous[i - from]: the index of the entry before case i with the same test key, or -1; a slot holds the latest per key.
        var previous = new int[cases.Count - from];
        var latest = new TestKeySlots(cases, previous.Length);
        var repeated = false;
        for (var i = from; i < cases.Count; i++)
        {
            previous[i - from] = -1;
            if (!cases.HasName(i))
            {
                continue;
            }

            var slot = latest.Find(i, out var seen);
            if (seen)
            {
                previous[i - from] = latest.CaseAt(slot);
                latest.Hold(slot, i);
                repeated = true;
            }
        }

        if (!repeated)
        {
            return;
        }

        for (var slot = 0; slot < latest.Capacity; slot++)
        {
            var final = latest.IsUsed(slot) ? latest.CaseAt(slot) : -1;
            if (final >= 0 && previous[final - from] >= 0 && IsRetriedPass(cases, previous, from, final))
            {
                for (var i = final; i >= 0; i = previous[i - from])
                {
                    cases.MarkFlaky(i);
                }
            }
        }
    }

    private static bool IsRetriedPass(TestCaseTable cases, int[] previous, int from, int final)
    {
        if (cases.OutcomeAt(final) != TestOutcome.Passed)
        {
            return false;
        }

        for (var i = previous[final - from]; i >= 0; i = previous[i - from])
        {
            if (cases.OutcomeAt(i) is not (TestOutcome.Failed or TestOutcome.Error))
            {
                return false;
            }
        }

        return true;
    }
}
