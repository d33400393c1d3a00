using ReadinessAction.Evidence.TestResults;

namespace ReadinessAction.Tests.Evidence.TestResults;

public sealed class TestResultSetTests
{
    private static TestCaseResult Case(string className, string name, TestOutcome outcome, string suite = "s") =>
        new(suite, className, name, outcome, null, []);

    [Fact]
    public void Same_class_and_name_is_one_test_and_the_most_severe_outcome_wins()
    {
        var set = new TestResultSet(
        [
            Case("C", "t", TestOutcome.Passed), Case("C", "t", TestOutcome.Error), Case("C", "t", TestOutcome.Failed),
            Case("C", "u", TestOutcome.Skipped), Case("C", "u", TestOutcome.Passed),
        ]);

        Assert.Equal(new TestTotals(2, 0, 0, 1, 1, 5), set.Totals);
    }

    [Fact]
    public void Same_name_in_another_class_or_classless_suite_is_another_test()
    {
        var set = new TestResultSet(
        [
            Case("A", "t", TestOutcome.Passed), Case("B", "t", TestOutcome.Passed),
            Case("", "t", TestOutcome.Passed, "suite1"), Case("", "t", TestOutcome.Passed, "suite2"),
        ]);

        Assert.Equal(4, set.Totals.Total);
    }

    [Fact]
    public void Cases_without_a_name_are_never_merged()
    {
        var set = new TestResultSet([Case("", "", TestOutcome.Passed), Case("", "", TestOutcome.Failed), Case("", "", TestOutcome.Skipped)]);

        Assert.Equal(new TestTotals(3, 1, 1, 0, 1, 3), set.Totals);
    }

    [Fact]
    public void Merging_a_matrix_build_counts_each_test_once_with_its_worst_run()
    {
        var linux = new TestResultSet([Case("C", "t", TestOutcome.Passed), Case("C", "u", TestOutcome.Passed)]);
        var windows = new TestResultSet([Case("C", "t", TestOutcome.Failed), Case("C", "u", TestOutcome.Passed), Case("C", "w", TestOutcome.Passed)]);

        var merged = TestResultSet.Merge([linux, windows]);

        Assert.Equal(new TestTotals(3, 2, 1, 0, 0, 5), merged.Totals);
    }

    [Fact]
    public void Cases_read_back_as_given_with_long_non_ascii_and_unpaired_surrogate_names()
    {
        string[] tags = ["slow"];
        TestCaseResult[] given =
        [
            new("s", "C", "t", TestOutcome.Passed, 1.25, tags),
            new("s", "", new string('é', 70_000), TestOutcome.Failed, null, []),
            new("", "C", "\ud800 lone", TestOutcome.Skipped, 0, [], Flaky: true),
            new("s2", "C", "", TestOutcome.Error, 3600.5, []),
            .. Enumerable.Range(0, 30_000).Select(i => Case("D", $"case_{i}_ü", TestOutcome.Passed)),
        ];

        var set = new TestResultSet(given);

        Assert.Equal(given, set.Cases);
    }

    [Fact]
    public void A_name_with_an_unpaired_surrogate_is_a_test_of_its_own_and_repeats_as_one()
    {
        var set = new TestResultSet([Case("C", "\ud800", TestOutcome.Passed), Case("C", "\ud800", TestOutcome.Failed), Case("C", "\ufffd", TestOutcome.Passed)]);

        Assert.Equal(new TestTotals(2, 1, 1, 0, 0, 3), set.Totals);
    }
}
