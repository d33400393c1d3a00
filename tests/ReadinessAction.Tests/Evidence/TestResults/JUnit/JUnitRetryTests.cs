using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.JUnit;

/// <summary>
/// Rerun-style JUnit reports (gotestsum --rerun-fails, pytest-rerunfailures) list each attempt of a retried test:
/// failed attempts then a pass is one passed, flaky test; any other repetition keeps its most severe outcome.
/// </summary>
public sealed class JUnitRetryTests
{
    [Fact]
    public void Failed_attempts_followed_by_a_pass_are_one_passed_flaky_test()
    {
        var read = Suite("""
            <testcase classname="pkg" name="TestRace"><failure message="timeout"/></testcase>
            <testcase classname="pkg" name="TestOther"/>
            <testcase classname="pkg" name="TestRace"><error message="panic"/></testcase>
            <testcase classname="pkg" name="TestRace"/>
            """);

        Assert.Equal(new TestTotals(2, 2, 0, 0, 0, 4) { Flaky = 1 }, read.Totals);
        Assert.Equal(new TestRunTotals(4, 2, 1, 1, 0), read.Evidence!.Tests!.Runs);
    }

    [Theory]
    [InlineData("<testcase classname=\"pkg\" name=\"vat\"/>")]
    [InlineData("<testcase classname=\"pkg\" name=\"vat\"><failure message=\"first\"/></testcase>")]
    public void A_failure_with_no_pass_after_it_is_not_a_retry_and_counts(string firstRun)
    {
        var read = Suite(firstRun + "\n<testcase classname=\"pkg\" name=\"vat\"><failure message=\"wrong rounding\"/></testcase>");

        Assert.Equal(new TestTotals(1, 0, 1, 0, 0, 2), read.Totals);
    }

    [Fact]
    public void A_namesake_in_another_class_is_another_test()
    {
        var read = Suite("""
            <testcase classname="a.Foo" name="test_foo"><failure message="one"/></testcase>
            <testcase classname="b.Bar" name="test_foo"/>
            """);

        Assert.Equal(new TestTotals(2, 1, 1, 0, 0, 2), read.Totals);
    }

    private static ArtifactReading Suite(string cases) =>
        ArtifactFixture.Text($"<testsuite name=\"pkg\">\n{cases}\n</testsuite>", "report.xml");
}
