using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.XUnit2;

public sealed class XUnit2ReaderTests
{
    [Fact]
    public void Xunit2_theory_rows_are_cases_of_one_test_and_the_worst_row_wins()
    {
        var read = ArtifactFixture.TestResults("xunit2_console.xml");

        Assert.Equal("xunit2", read.Reader!.Format);
        Assert.Equal(new TestTotals(5, 1, 2, 0, 2, 7), read.Totals);
        Assert.All(read.Tests.Cases.Where(c => c.Name == "BacksOff"), c => Assert.Equal("Orders.Tests.RetryPolicyTests", c.ClassName));
    }

    [Fact]
    public void Xunit2_traits_become_categories_and_the_assembly_the_suite()
    {
        var read = ArtifactFixture.TestResults("xunit2_console.xml");

        var gives = read.Case("GivesUpAfterTimeout");
        Assert.Equal(["Resilience", "Owner=payments"], gives.Categories);
        Assert.Equal("Orders.Tests.dll", gives.Suite);
    }

    [Fact]
    public void Xunit2_errors_outside_tests_are_reported_not_counted()
    {
        var read = ArtifactFixture.TestResults("xunit2_console.xml");

        Assert.Contains(read.Diagnostics, d => d.Code == "errors-outside-tests" && d.Path == "xunit2_console.xml");
    }

    [Fact]
    public void Xunit2_traits_after_a_failure_are_read_and_the_next_test_is_not_lost()
    {
        var read = ArtifactFixture.Text("""
            <assemblies><assembly name="C:\\bin\\B.Tests.dll"><collection name="c">
              <test time="0.5" result="Fail" method="Breaks" type="B.T" name="B.T.Breaks(x: &quot;a&quot;)">
                <failure><message><![CDATA[<trait name="no" value="no" />]]></message><stack-trace>at B</stack-trace></failure>
                <output>printed</output>
                <traits><trait name="Category" value="Slow" /><trait name="Owner" value="me &amp; you" /></traits>
              </test>
              <test name="B.T.Holds" type="B.T" method="Holds" time="0.1" result="Pass" />
            </collection></assembly></assemblies>
            """);

        var breaks = read.Case("Breaks");
        Assert.Equal(("B.Tests.dll", "B.T", TestOutcome.Failed, 0.5), (breaks.Suite, breaks.ClassName, breaks.Outcome, breaks.DurationSeconds));
        Assert.Equal(["Slow", "Owner=me & you"], breaks.Categories);
        Assert.Equal(TestOutcome.Passed, read.Case("Holds").Outcome);
    }
}
