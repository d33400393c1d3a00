using ReadinessAction.Configuration;
using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Support;
using ReadinessAction.Verification;

namespace ReadinessAction.Tests.Verification;

/// <summary>
/// A runner's summary counts runs (a parameterised test run three times is three), our totals count distinct tests;
/// a retried test that passed is passed and flaky.
/// </summary>
public sealed class TestRunsAndFlakyTests : IDisposable
{
    // Surefire with rerunFailingTestsCount: Retry.flaky failed once then passed; Price.vat ran three times (TestNG
    // data provider, one name); 5 runs + 1 = 6 runs of 4 distinct tests.
    private const string Surefire = """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuite name="shop" tests="6" failures="0" errors="0" skipped="0">
          <testcase classname="shop.Price" name="vat" time="0.01"/>
          <testcase classname="shop.Price" name="vat" time="0.01"/>
          <testcase classname="shop.Price" name="vat" time="0.01"/>
          <testcase classname="shop.Cart" name="adds" time="0.01"/>
          <testcase classname="shop.Cart" name="pays" time="0.01"/>
          <testcase classname="shop.Retry" name="flaky" time="0.02">
            <flakyFailure message="timeout" type="java.net.SocketTimeoutException"><stackTrace>...</stackTrace></flakyFailure>
          </testcase>
        </testsuite>
        """;

    private readonly TempWorkspace _workspace = new();

    public TestRunsAndFlakyTests() => _workspace.Write("target/surefire-reports/TEST-shop.xml", Surefire);

    [Fact]
    public void A_flaky_failure_that_passed_on_rerun_is_passed_and_counted_as_flaky()
    {
        var read = ArtifactFixture.Text(Surefire, "TEST-shop.xml");

        Assert.Equal(new TestTotals(4, 4, 0, 0, 0, 6) { Flaky = 1 }, read.Totals);
        Assert.Equal(new TestRunTotals(6, 6, 0, 0, 0), read.Evidence!.Tests!.Runs);
    }

    [Fact]
    public void A_count_copied_from_the_runner_summary_is_verified_against_runs_and_says_so()
    {
        var claim = Check("- [x] 6 tests passing\n");

        Assert.Equal("verified", claim.Status);
        Assert.Equal("6 runs passed (4 distinct tests passed)", claim.Measured);
        Assert.Contains("6 runs of 4 distinct tests (6 passed, 0 failed, 0 errored, 0 skipped)", claim.Evidence, StringComparison.Ordinal);
        Assert.Contains("1 flaky (failed, then passed on a retry: counted as passed)", claim.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratio_copied_from_the_runner_summary_is_verified_against_runs()
    {
        var claim = Check("- [x] 6/6 tests passing\n", "test_ratio");

        Assert.Equal(("verified", "6/6 runs (4/4 distinct tests)"), (claim.Status, claim.Measured));
    }

    [Fact]
    public void A_ratio_of_distinct_tests_is_judged_on_distinct_tests()
    {
        var claim = Check("- [x] 4/4 tests passing\n", "test_ratio");

        Assert.Equal(("verified", "4/4"), (claim.Status, claim.Measured));
    }

    [Fact]
    public void A_count_of_distinct_tests_is_verified_as_before()
    {
        var claim = Check("- [x] 4 tests\n");

        Assert.Equal("verified", claim.Status);
        Assert.Equal("4 tests", claim.Measured);
    }

    [Fact]
    public void A_count_matching_neither_figure_is_contradicted_against_the_distinct_tests()
    {
        var claim = Check("- [x] 9 tests\n");

        Assert.Equal("contradicted", claim.Status);
        Assert.Equal("4 tests", claim.Measured);
    }

    [Fact]
    public void A_real_failure_in_another_artifact_is_not_hidden_by_a_flaky_pass()
    {
        var failing = """
            <testsuite name="shop-windows" tests="1" failures="1">
              <testcase classname="shop.Retry" name="flaky"><failure message="boom"/></testcase>
            </testsuite>
            """;
        var cases = ArtifactFixture.Text(Surefire, "a.xml").Evidence!.Tests!.Cases
            .Concat(ArtifactFixture.Text(failing, "b.xml").Evidence!.Tests!.Cases);

        var totals = TestResultSet.Count(cases);

        Assert.Equal((3, 1, 0), (totals.Passed, totals.Failed, totals.Flaky));
    }

    [Fact]
    public void A_flaky_test_does_not_fail_a_full_pass_rate_by_default_but_does_when_the_policy_says_so()
    {
        var lenient = Check("- [x] 100% tests passing\n", "pass_rate");
        var strict = Check("- [x] 100% tests passing\n", "pass_rate", new VerificationPolicy(FlakyPasses: false));

        Assert.Equal("verified", lenient.Status);
        Assert.Equal(("contradicted", "75% (3/4)"), (strict.Status, strict.Measured));
        Assert.Contains("1 flaky (failed, then passed on a retry: counted as failed, tolerance.flaky_passes is false)", strict.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rerun_style_report_says_flaky_and_a_full_pass_rate_holds()
    {
        // gotestsum --rerun-fails: TestRace failed, then passed on its rerun, listed as two entries.
        _workspace.Write("target/surefire-reports/TEST-shop.xml", """
            <testsuite name="shop" tests="3" failures="1">
              <testcase classname="shop" name="TestRace"><failure message="timeout"/></testcase>
              <testcase classname="shop" name="TestCart"/>
              <testcase classname="shop" name="TestRace"/>
            </testsuite>
            """);

        var claim = Check("- [x] 100% tests passing\n", "pass_rate");

        Assert.Equal("verified", claim.Status);
        Assert.Contains("1 flaky (failed, then passed on a retry: counted as passed)", claim.Evidence, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    private ClaimReport Check(string checklist, string kind = "test_count", VerificationPolicy? policy = null)
    {
        _workspace.Write("READINESS.md", checklist);
        var report = CheckPipeline.Run(new ReadinessOptions
        {
            Workspace = _workspace.Root,
            TestResults = ["target/surefire-reports/*.xml"],
            Policy = policy ?? VerificationPolicy.Default,
        }).Report;
        return report.Claims.Single(c => c.Kind == kind);
    }
}
