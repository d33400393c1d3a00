using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.Mocha;

public sealed class MochaReaderTests
{
    [Fact]
    public void Mocha_json_marks_failures_by_err_and_skips_by_pending()
    {
        var read = ArtifactFixture.Text("""
            {
              "stats": { "suites": 1, "tests": 3, "passes": 1, "pending": 1, "failures": 1 },
              "tests": [
                { "title": "a", "fullTitle": "S a", "file": "/t/s.spec.js", "duration": 5, "err": {} },
                { "title": "b", "fullTitle": "S b", "file": "/t/s.spec.js", "err": {} },
                { "title": "c", "fullTitle": "S c", "file": "/t/s.spec.js", "duration": 2, "err": { "message": "boom", "stack": "Error: boom" } }
              ],
              "pending": [ { "title": "b", "fullTitle": "S b", "err": {} } ],
              "failures": [], "passes": []
            }
            """, "mocha.json");

        Assert.Equal("mocha-json", read.Reader!.Format);
        Assert.Equal(new TestTotals(3, 1, 1, 0, 1, 3), read.Totals);
        Assert.Equal(("/t/s.spec.js", 0.005), (read.Case("S a").Suite, read.Case("S a").DurationSeconds));
    }
}
