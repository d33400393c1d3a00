namespace ReadinessAction.Evidence.TestResults;

/// <summary>
/// The status words of one format and what each means, written as the format's documentation lists them
/// (<c>skipped: "pending todo"</c>). A word the table does not hold is unknown to the format.
/// </summary>
public sealed class TestStatusTable
{
    // Outcomes held as ints: a dictionary from strings to ints is precompiled with the runtime, one to TestOutcome is
    // compiled when first used and runs unoptimized until recompiled, on every result of a large file.
    private readonly Dictionary<string, int> _outcomes;

    private TestStatusTable(Dictionary<string, int> outcomes) => _outcomes = outcomes;

    /// <param name="passed">Space-separated words that mean passed; likewise the others.</param>
    /// <param name="ignoreCase">Whether "Passed" and "passed" are the same word (TRX writes both).</param>
    public static TestStatusTable Of(string passed, string failed, string skipped = "", string errors = "", bool ignoreCase = false)
    {
        var outcomes = new Dictionary<string, int>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (words, outcome) in new[] { (passed, TestOutcome.Passed), (failed, TestOutcome.Failed), (skipped, TestOutcome.Skipped), (errors, TestOutcome.Error) })
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                outcomes.Add(word, (int)outcome);
            }
        }

        return new(outcomes);
    }

    public bool TryGet(string? status, out TestOutcome outcome)
    {
        outcome = TestOutcome.Error;
        if (status is null || !_outcomes.TryGetValue(status, out var known))
        {
            return false;
        }

        outcome = (TestOutcome)known;
        return true;
    }
}
