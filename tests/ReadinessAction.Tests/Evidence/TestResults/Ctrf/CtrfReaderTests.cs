using System.Text;

using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.Ctrf;

public sealed class CtrfReaderTests
{
    [Fact]
    public void Jest_ctrf_counts_pending_and_todo_as_skipped()
    {
        var read = ArtifactFixture.TestResults("ctrf_jest.json");

        Assert.Equal("ctrf", read.Reader!.Format);
        Assert.Equal(new TestTotals(9, 4, 3, 0, 2, 9), read.Totals);
        Assert.Equal(TestOutcome.Skipped, read.Case("cart charges shipping").Outcome);
        Assert.Equal("cart.test.js > cart > checkout", read.Case("cart checkout throws on timeout").Suite);
        Assert.Equal(0.01, read.Case("cart adds an item").DurationSeconds);
    }

    [Fact]
    public void Playwright_ctrf_suite_path_tags_and_interrupted_tests()
    {
        var read = ArtifactFixture.TestResults("ctrf_playwright.json");

        Assert.Equal(new TestTotals(5, 2, 1, 1, 1, 5), read.Totals);
        var pay = read.Case("pays with a card");
        Assert.Equal(("checkout.spec.ts", 5.0), (pay.Suite, pay.DurationSeconds));
        Assert.Equal(["@payments", "@smoke"], pay.Categories);
        Assert.Equal("auth.spec.ts > login", read.Case("logs in").Suite);
        Assert.Equal(TestOutcome.Error, read.Case("refunds an order").Outcome);
    }

    [Fact]
    public void Utf16_ctrf_written_by_powershell_is_read()
    {
        var utf8 = File.ReadAllText(RepositoryPaths.Fixture("Evidence", "TestResults", "ctrf_playwright.json"));
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(utf8)).ToArray();

        var read = ArtifactFixture.Read(utf16, "ctrf-utf16.json");

        Assert.Equal(new TestTotals(5, 2, 1, 1, 1, 5), read.Totals);
    }

    [Fact]
    public void Json_that_is_no_test_report_is_recognised_by_no_reader()
    {
        var read = ArtifactFixture.Text("""{ "name": "my-app", "version": "1.0.0", "dependencies": {} }""", "package.json");

        Assert.Null(read.Reader);
    }

    [Fact]
    public void Ctrf_looking_json_without_tests_is_rejected_with_an_error()
    {
        var read = ArtifactFixture.Text("""{ "results": { "tool": { "name": "x" } } }""", "half.json");

        Assert.Null(read.Evidence);
        Assert.Contains(read.Diagnostics, d => d.Code == "not-ctrf" && d.Path == "half.json");
    }

    [Fact]
    public void Truncated_ctrf_is_rejected_with_the_line_of_the_break()
    {
        var read = ArtifactFixture.Text("{\n  \"results\": {\n    \"tool\": { \"name\": \"jest\" },\n    \"tests\": [ { \"name\": \"a\", \"status\": \"pas", "cut.json");

        Assert.Null(read.Evidence);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(("malformed-json", "cut.json", 4), (error.Code, error.Path, error.Line));
    }
}
