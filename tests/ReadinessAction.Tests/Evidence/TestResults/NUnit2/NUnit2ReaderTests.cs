using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.NUnit2;

public sealed class NUnit2ReaderTests
{
    [Fact]
    public void Nunit2_console_counts_repeated_parameter_rows_once()
    {
        var read = ArtifactFixture.TestResults("nunit2_console.xml");

        Assert.Equal("nunit2", read.Reader!.Format);
        Assert.Equal(new TestTotals(5, 2, 1, 1, 1, 6), read.Totals);
        Assert.Equal(TestOutcome.Error, read.Tests.Cases.Single(c => c.Name.EndsWith("ClosesTheCircuit", StringComparison.Ordinal)).Outcome);
    }

    [Fact]
    public void Nunit2_class_is_the_fixture_under_its_namespaces()
    {
        var read = ArtifactFixture.TestResults("nunit2_console.xml");

        var ignored = read.Case("Orders.Tests.RetryPolicyTests.HalfOpensAfterCooldown");
        Assert.Equal(("Orders.Tests.dll", "Orders.Tests.RetryPolicyTests", TestOutcome.Skipped), (ignored.Suite, ignored.ClassName, ignored.Outcome));
        Assert.Equal(["Slow", "Resilience"], ignored.Categories);
    }

    [Fact]
    public void Nunit2_without_result_attribute_reads_executed_and_failure()
    {
        var read = ArtifactFixture.Text("""
            <test-results><test-suite name="S"><results>
              <test-case name="A" executed="True"/><test-case name="B" executed="False"/>
              <test-case name="C" executed="True"><failure><message>x</message></failure></test-case>
            </results></test-suite></test-results>
            """);

        Assert.Equal(new TestTotals(3, 1, 1, 0, 1, 3), read.Totals);
    }
}
