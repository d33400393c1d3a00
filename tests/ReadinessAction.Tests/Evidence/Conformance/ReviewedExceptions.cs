using ReadinessAction.Evidence.TestResults;

namespace ReadinessAction.Tests.Evidence.Conformance;

/// <summary>
/// Rows where we believe the peer's number is wrong for our purpose. Each is still asserted, against the totals we
/// stand by (Cases not compared), so a change in either direction is noticed. Ours null: we reject the file.
/// </summary>
internal static class ReviewedExceptions
{
    public static IReadOnlyDictionary<string, (string Reason, TestTotals? Ours)> All { get; } =
        new Dictionary<string, (string, TestTotals?)>(StringComparer.Ordinal)
        {
            ["publish-unit-test-result-action/mocha-json/mocha/tests.json"] = (
                "The peer calls a failure an error when err.errorMode is set; errorMode comes from the 'unexpected' "
                + "assertion library, so it marks an assertion failure, not an error. Mocha has no error state: both "
                + "failures are failed.",
                new TestTotals(5, 2, 2, 0, 1, 0)),
            ["publish-unit-test-result-action/trx/yami_YAMILEX_2015-10-24_04_18_59.trx"] = (
                "The peer's XSLT counts every outcome other than Passed/Failed/Error as skipped, including the one "
                + "'Aborted' result. An aborted test is an error by our definition (errored, timed out or aborted), "
                + "never a skip.",
                new TestTotals(25, 2, 2, 1, 20, 0)),
            ["publish-unit-test-result-action/junit-xml/no-cases-but-tests.xml"] = (
                "The file lists no test case; the peer falls back to the suite header (tests=6 failures=1 skipped=2). "
                + "We count listed cases only and warn (suite-without-cases): headers of trimmed or broken files "
                + "disagree with their content in many corpus rows, and coverage-model rejects the same shape "
                + "(coverage-model/junit-xml/junit/empty.xml) as holding no data.",
                new TestTotals(0, 0, 0, 0, 0, 0)),
            ["action-junit-report/junit-xml/test_results/flaky_retries/flaky_success_first.xml"] = (
                NotARetry,
                new TestTotals(1, 0, 0, 1, 0, 0)),
            ["action-junit-report/junit-xml/test_results/junit-web-test/expected.xml"] = (
                NotXml, null),
            ["action-junit-report/junit-xml/test_results/junit-web-test/expectedRetries.xml"] = (
                NotXml, null),
            ["go-junit-report/golang-json/testdata/102-broken.gojson.txt"] = (
                "The file is not test2json: it is the plain compiler output of a package that did not build (`FAIL pkg "
                + "[build failed]`), which the peer's gojson parser hands line by line to its text parser. We read what "
                + "`go test -json` writes; a file with no JSON event in it is refused as an unsupported format, naming the "
                + "file, rather than read as one errored test.",
                null),
            ["gotestsum/golang-json/cmd/testdata/input/go-test-json-panic-race-2.out"] = (
                "TestSleepsTooLong started and never ended; then its package failed (a timeout panic). The peer counts "
                + "two failures, the test and the package; for us it is one errored test, and the package failure it "
                + "caused is not a second one (a failed package adds a case only when none of its tests failed, which "
                + "is also how the peer counts go-test-json.out in this corpus: 13 failures, not 15).",
                new TestTotals(1, 0, 0, 1, 0, 0)),
        };

    private const string NotARetry =
        "The peer (check_retries on) merges entries of one test and lets any pass win. Here the test passed, then failed, "
        + "then errored: a retrier stops at the first pass, so this is not a rerun but three runs of one name (a TestNG "
        + "data provider, one test in several configurations), and a run that errored is not hidden by one that passed. "
        + "We count a repeated test as a flaky pass only in the retry shape: failed attempts, then one pass last.";

    private const string NotXml =
        "Line 9 has time=\"<<computed>>\": the file is an expected-output template of @web/test-runner-junit-reporter with "
        + "placeholders, and a raw '<' in an attribute value is not XML. The peer's xml-js parser lets it pass; we refuse "
        + "malformed XML with an error naming the file and line rather than guess at its content.";
}
