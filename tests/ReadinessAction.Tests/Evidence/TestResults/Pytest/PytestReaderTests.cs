using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.Pytest;

public sealed class PytestReaderTests
{
    [Fact]
    public void A_module_that_cannot_be_collected_is_an_error()
    {
        var read = ArtifactFixture.Text("""
            {"created":1700000000.0,"duration":0.2,"exitcode":2,"root":"/repo","environment":{},
             "summary":{"passed":1,"error":1,"total":1,"collected":1},
             "collectors":[{"nodeid":"","outcome":"passed","result":[]},
                           {"nodeid":"tests/test_pay.py","outcome":"failed","result":[],"longrepr":"ImportError: no module named stripe"}],
             "tests":[{"nodeid":"tests/test_cart.py::TestCart::test_add[2-3]","lineno":4,"outcome":"passed",
                       "setup":{"duration":0.1,"outcome":"passed"},"call":{"duration":0.2,"outcome":"passed"},"teardown":{"duration":0.1,"outcome":"passed"}}]}
            """, "report.json");

        Assert.Equal("pytest-json", read.Reader!.Format);
        Assert.Equal(new TestTotals(2, 1, 0, 1, 0, 2), read.Totals);
        var test = read.Case("TestCart::test_add[2-3]");
        Assert.Equal("tests/test_cart.py", test.Suite);
        Assert.Equal(0.4, test.DurationSeconds!.Value, 3);
    }

    [Fact]
    public void A_run_that_collected_nothing_is_zero_tests_with_a_warning()
    {
        var read = ArtifactFixture.Text("""
            {"created":1700000000.0,"duration":0.01,"exitcode":5,"root":"/repo","environment":{},"summary":{"total":0,"collected":0},"collectors":[],"tests":[]}
            """, "report.json");

        Assert.Equal(TestTotals.Empty, read.Totals);
        Assert.Contains(read.Diagnostics, d => d.Code == "no-test-cases");
    }
}
