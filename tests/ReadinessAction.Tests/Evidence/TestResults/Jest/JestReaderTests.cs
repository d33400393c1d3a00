using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.Jest;

public sealed class JestReaderTests
{
    [Fact]
    public void Todo_and_skipped_tests_are_skipped_and_a_file_that_failed_to_run_is_an_error()
    {
        var read = ArtifactFixture.Text("""
            {"numFailedTestSuites":1,"numFailedTests":1,"numPassedTestSuites":0,"numPassedTests":1,"numPendingTestSuites":0,
             "numPendingTests":1,"numRuntimeErrorTestSuites":1,"numTodoTests":1,"numTotalTestSuites":2,"numTotalTests":4,
             "success":false,"testResults":[
               {"name":"/repo/src/cart.test.js","status":"failed","message":"","assertionResults":[
                 {"ancestorTitles":["cart"],"fullName":"cart adds","title":"adds","status":"passed","duration":12},
                 {"ancestorTitles":["cart"],"fullName":"cart pays","title":"pays","status":"failed","duration":3},
                 {"ancestorTitles":["cart"],"fullName":"cart ships","title":"ships","status":"pending","duration":null},
                 {"ancestorTitles":["cart"],"fullName":"cart refunds","title":"refunds","status":"todo","duration":null}]},
               {"name":"/repo/src/pay.test.js","status":"failed","message":"Test suite failed to run","assertionResults":[]}]}
            """, "jest.json");

        Assert.Equal("jest-json", read.Reader!.Format);
        Assert.Equal(new TestTotals(5, 1, 1, 1, 2, 5), read.Totals);
        Assert.Equal(("/repo/src/cart.test.js", 0.012), (read.Case("cart adds").Suite, read.Case("cart adds").DurationSeconds));
        Assert.Equal(TestOutcome.Error, read.Case("(test file failed to run)").Outcome);
    }
}
