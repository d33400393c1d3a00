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
}
