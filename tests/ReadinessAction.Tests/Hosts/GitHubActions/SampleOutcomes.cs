using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>Judgements with known results, so host tests don't depend on how claims are judged.</summary>
internal static class SampleOutcomes
{
    public const string Checklist = "docs/PRODUCTION_READINESS.md";

    /// <summary>3 contradicted claims (lines 12, 20, 31) and 41 verified; the gate fails.</summary>
    public static CheckOutcome Failing() => new(
        Report("fail", "3 claims are contradicted by the CI artifacts.", [Contradicted(12, "Line coverage is 92%", "92%", "61.4%"), Contradicted(20, "All 412 tests pass", "412 passed", "398 passed, 14 failed"), Contradicted(31, "Load test done", null, null)], 41),
        ExitCodes.Fail);

    public static CheckOutcome Passing() => new(Report("pass", "Every claim is backed by evidence.", [], 12), ExitCodes.Pass);

    private static ReadinessReport Report(string verdict, string reason, IReadOnlyList<ClaimReport> contradicted, int verified) => new(
        verdict,
        new GateReport(verdict, reason, "main", ["contradicted"]),
        [new ChecklistReport(Checklist, 60, 55)],
        contradicted,
        new StatusSummary(verified, contradicted.Count, 2, 0, 0, 0),
        [new DiagnosticReport("warning", "unknown-phrase", "no claim recognised in this line", Checklist, 44)]);

    private static ClaimReport Contradicted(int line, string text, string? claimed, string? measured) =>
        new(Checklist, line, "coverage", true, text, "contradicted", claimed, measured, "coverage.cobertura.xml", "Testing");
}
