using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Evidence.TestResults.GoTest;

namespace ReadinessAction.Tests.Evidence.Conformance;

/// <summary>Our reading restated in a peer's own terms, so it can be compared with what the peer asserts.</summary>
internal sealed record PeerView(long Total, long Passed, long Failed, long Errors, long Skipped)
{
    public static PeerView Of(CorpusExpectation expectation, TestResultSet ours)
    {
        var totals = ours.Totals;
        return (expectation.Source, expectation.Format) switch
        {
            // coverage-model counts every test case entry (duplicates are not merged) and knows passed, failed and
            // skipped only: an error is a failure to it.
            ("coverage-model", _) => new(
                ours.Cases.Count,
                ours.Cases.Count(c => c.Outcome == TestOutcome.Passed),
                ours.Cases.Count(c => c.Outcome is TestOutcome.Failed or TestOutcome.Error),
                0,
                ours.Cases.Count(c => c.Outcome == TestOutcome.Skipped)),

            // publish-unit-test-result-action converts NUnit 3 with an XSLT that looks for result="Error", which NUnit 3
            // never writes: it reports exceptions as result="Failed" label="Error", so the peer counts them as failures.
            ("publish-unit-test-result-action", "nunit3-xml") => new(totals.Total, totals.Passed, totals.Failed + totals.Errors, 0, totals.Skipped),

            // test-summary/action and the Jenkins JUnit plugin count every <testcase> entry and have no error state in their
            // totals: an <error> is a failure.
            ("test-summary" or "junit-plugin", _) => new(ours.Runs.Runs, ours.Runs.Passed, ours.Runs.Failed + ours.Runs.Errors, 0, ours.Runs.Skipped),

            // action-junit-report has no error state (an <error> fails the case) and, unless asked to check retries
            // (peer_counting "distinct"), counts every <testcase> entry as a test of its own.
            ("action-junit-report", _) when expectation.PeerCounting == "distinct" =>
                new(totals.Total, totals.Passed, totals.Failed + totals.Errors, 0, totals.Skipped),
            ("action-junit-report", _) => new(ours.Runs.Runs, ours.Runs.Passed, ours.Runs.Failed + ours.Runs.Errors, 0, ours.Runs.Skipped),

            // action-surefire-report counts every <testcase> entry (src utils.js:86-88); trx2junit reads back the counters
            // a file declares (TRX ResultSummary, the JUnit <testsuite> header). Both: every entry a test, errors apart.
            ("action-surefire-report" or "trx2junit", _) => new(ours.Runs.Runs, ours.Runs.Passed, ours.Runs.Failed, ours.Runs.Errors, ours.Runs.Skipped),

            // gotestsum's summary counts ended tests; a failed package with no failed test is one more failure (our
            // synthetic package case), and a package that did not compile is also one error (its "build errors").
            ("gotestsum", _) => GotestsumView(ours),

            _ => new(totals.Total, totals.Passed, totals.Failed, totals.Errors, totals.Skipped),
        };
    }

    private static PeerView GotestsumView(TestResultSet ours)
    {
        var packages = ours.Cases.Count(c => c.Name is GoTestRun.PackageFailed or GoTestRun.BuildFailed);
        var builds = ours.Cases.Count(c => c.Name == GoTestRun.BuildFailed);
        return new(ours.Runs.Runs - packages, ours.Runs.Passed, ours.Runs.Failed + ours.Runs.Errors, builds, ours.Runs.Skipped);
    }
}
