using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.NUnit3;

public sealed class NUnit3ReaderTests
{
    [Fact]
    public void Nunit3_console_separates_errors_from_assertion_failures()
    {
        var read = ArtifactFixture.TestResults("nunit3_console.xml");

        Assert.Equal("nunit3", read.Reader!.Format);
        Assert.Equal(new TestTotals(7, 3, 1, 1, 2, 7), read.Totals);
        Assert.Equal(TestOutcome.Error, read.Case("ClosesTheCircuit").Outcome);
        Assert.Equal(TestOutcome.Failed, read.Case("GivesUpAfterTimeout").Outcome);
        Assert.Equal(TestOutcome.Skipped, read.Case("RoundsTax").Outcome);
    }

    [Fact]
    public void Nunit3_cases_keep_assembly_class_and_inherit_fixture_categories()
    {
        var read = ArtifactFixture.TestResults("nunit3_console.xml");

        var gives = read.Case("GivesUpAfterTimeout");
        Assert.Equal(("Orders.Tests.dll", "Orders.RetryPolicyTests", 0.104), (gives.Suite, gives.ClassName, gives.DurationSeconds));
        Assert.Equal(["Slow", "Resilience"], gives.Categories);
        Assert.Equal(["Resilience"], read.Case("BacksOff(2)").Categories);
        Assert.Empty(read.Case("TotalsLines").Categories);
    }

    [Fact]
    public void Nunit3_failure_in_setup_is_an_error()
    {
        var read = ArtifactFixture.Text("""
            <test-run><test-suite type="TestFixture" name="F" fullname="N.F">
              <test-case name="T" classname="N.F" result="Failed" site="SetUp"><failure><message>db down</message></failure></test-case>
            </test-suite></test-run>
            """);

        Assert.Equal(TestOutcome.Error, read.Case("T").Outcome);
    }
}
