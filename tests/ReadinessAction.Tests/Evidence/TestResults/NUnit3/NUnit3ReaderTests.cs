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

    [Fact]
    public void Nunit3_case_attributes_are_read_in_any_order_with_character_references()
    {
        var read = ArtifactFixture.Text("""
            <test-run><test-suite type="Assembly" name="A.Tests.dll" fullname="/bin/A.Tests.dll">
              <test-suite type="TestFixture" name="F" fullname="A.F">
                <test-case time="0,25" result="Failed" label="Error" classname="A.&#70;" name="Says &quot;hi&quot; &amp; more" />
                <test-case duration="1.5" name="Second" result="Failed" site="TearDown" classname="A.F"><failure><message>x</message></failure></test-case>
                <test-case name="Third" classname="A.F" result="Failed"><properties><property name="Category" value="Slow" /></properties></test-case>
              </test-suite>
            </test-suite></test-run>
            """);

        var first = read.Case("Says \"hi\" & more");
        Assert.Equal(("A.Tests.dll", "A.F", TestOutcome.Error, 0.25), (first.Suite, first.ClassName, first.Outcome, first.DurationSeconds));
        Assert.Equal((TestOutcome.Error, 1.5), (read.Case("Second").Outcome, read.Case("Second").DurationSeconds));
        Assert.Equal(["Slow"], read.Case("Third").Categories);
        Assert.Equal(TestOutcome.Failed, read.Case("Third").Outcome);
    }
}
