using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.XUnit1;

public sealed class XUnit1ReaderTests
{
    [Fact]
    public void Xunit1_assembly_root_reads_classes_of_tests()
    {
        var read = ArtifactFixture.TestResults("xunit1_console.xml");

        Assert.Equal("xunit1", read.Reader!.Format);
        Assert.Equal(new TestTotals(4, 2, 1, 0, 1, 4), read.Totals);
        Assert.Equal(("Orders.Tests.dll", "Orders.Tests.RetryPolicyTests"), (read.Case("BacksOff").Suite, read.Case("BacksOff").ClassName));
        Assert.Equal(["Resilience"], read.Case("RetriesThreeTimes").Categories);
    }

    [Fact]
    public void Xunit_result_it_does_not_know_is_an_error_and_reported()
    {
        var read = ArtifactFixture.Text("""<assembly name="a.dll"><class name="C"><test name="C.T" type="C" method="T" result="invalid"/></class></assembly>""", "x.xml");

        Assert.Equal(TestOutcome.Error, read.Case("T").Outcome);
        Assert.Contains(read.Diagnostics, d => d.Code == "unknown-outcome" && d.Message.Contains("'invalid'", StringComparison.Ordinal));
    }
}
