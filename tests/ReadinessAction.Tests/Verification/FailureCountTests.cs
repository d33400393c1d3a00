using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Verification;

/// <summary>A figure that counts failures ("2 failures", a Failed column) is judged against the failed tests, not the total.</summary>
public sealed class FailureCountTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public FailureCountTests() => _workspace.Write("reports/junit.xml", SyntheticArtifacts.JUnit(passed: 8, failed: 2, suite: "Api.OrderTests"));

    [Fact]
    public void A_failure_count_in_a_line_is_judged_against_the_failed_tests()
    {
        var right = Check("- Order tests: 2 failures\n");
        var wrong = Check("- Order tests: 1 failure\n");

        Assert.Equal(("verified", "2 failed"), (right.Status, right.Measured));
        Assert.Equal(("contradicted", "2 failed"), (wrong.Status, wrong.Measured));
    }

    [Fact]
    public void A_failed_column_of_a_results_table_is_judged_against_the_failed_tests()
    {
        var claim = Check("| Suite | Total | Passed | Failed |\n|---|---|---|---|\n| Orders | 10 | 8 | 2 |\n", cell: "2");

        Assert.Equal(("verified", "2 failed"), (claim.Status, claim.Measured));
    }

    public void Dispose() => _workspace.Dispose();

    private ClaimReport Check(string checklist, string? cell = null)
    {
        _workspace.Write("READINESS.md", "# Results\n\n" + checklist);
        var report = CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root, TestResults = ["reports/*.xml"] }).Report;
        return report.Claims.Single(c => c.Kind == "test_count" && (cell is null || c.Claimed == cell) && (cell is not null || c.Claimed?.Contains("fail", StringComparison.Ordinal) == true));
    }
}
