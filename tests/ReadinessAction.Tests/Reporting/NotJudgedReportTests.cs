using ReadinessAction.Diagnostics;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Reporting;

public sealed class NotJudgedReportTests
{
    [Fact]
    public void Not_judged_report_reads_as_not_judged_in_every_headline()
    {
        var report = ReportFixtures.Load("004-not-judged");

        Assert.StartsWith("readiness: NOT JUDGED — No checklist matched", TextReportRenderer.Render(report), StringComparison.Ordinal);
        Assert.StartsWith("### ⚠️ Readiness gate not judged", new MarkdownReportRenderer().Render(report, new DiagnosticBag()), StringComparison.Ordinal);
        Assert.StartsWith("## ⚠️ Readiness gate not judged", new SummaryRenderer().Render(report, ReportFixtures.GitHubContext, null, new DiagnosticBag()), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotJudged, CheckOutcome.For(report).ExitCode);
    }

    [Fact]
    public void A_report_with_a_not_judged_reason_never_reads_or_exits_as_a_pass()
    {
        var report = ReportFixtures.WithClaims(0) with { NotJudgedReason = NotJudgedReasons.NoChecklist };

        Assert.False(report.IsJudged);
        Assert.Equal(ExitCodes.NotJudged, CheckOutcome.For(report).ExitCode);
        Assert.StartsWith("readiness: NOT JUDGED", TextReportRenderer.Render(report), StringComparison.Ordinal);
        Assert.DoesNotContain("passed", new SummaryRenderer().Render(report, ReportFixtures.GitHubContext, null, new DiagnosticBag()), StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_and_gate_verdict_that_disagree_are_not_a_pass()
    {
        var report = ReportFixtures.WithClaims(3);

        Assert.Equal(ExitCodes.Pass, CheckOutcome.For(report).ExitCode);
        Assert.Equal(ExitCodes.NotJudged, CheckOutcome.For(report with { Gate = report.Gate with { Verdict = "fail" } }).ExitCode);
    }

    [Fact]
    public void Json_round_trip_keeps_the_reason()
    {
        var report = ReportBuilder.NotJudged(NotJudgedReasons.NoReadableChecklist, "The checklist found could not be read, so nothing was judged.", "main", [], []);

        var json = JsonReportRenderer.Render(report);

        Assert.Contains("\"notJudgedReason\": \"no-readable-checklist\"", json, StringComparison.Ordinal);
        Assert.Equal(NotJudgedReasons.NoReadableChecklist, JsonReportRenderer.Parse(json)!.NotJudgedReason);
    }
}
