using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Findings;
using ReadinessAction.Evidence.TestResults;

namespace ReadinessAction.Reporting;

/// <summary>
/// The machine-readable output of <c>readiness evidence</c> (JSON contract, camelCase): the totals read per artifact
/// and merged, and the diagnostics. Fields may be added, never renamed.
/// </summary>
public sealed record EvidenceReport(
    IReadOnlyList<EvidenceArtifactReport> Artifacts,
    EvidenceTotalsReport Merged,
    IReadOnlyList<DiagnosticReport> Diagnostics)
{
    public static EvidenceReport From(EvidenceBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return new EvidenceReport(
            [.. bundle.Artifacts.Select(a => new EvidenceArtifactReport(
                a.Path,
                a.Kind switch { ArtifactKind.Coverage => "coverage", ArtifactKind.Findings => "findings", _ => "tests" },
                a.Format,
                a.Tests is null ? null : TestTotalsReport.From(a.Tests),
                a.Coverage is null ? null : CoverageTotalsReport.From(a.Coverage.Totals))
            {
                Findings = a.Findings is null ? null : FindingsReport.From(a.Findings),
            })],
            new EvidenceTotalsReport(
                bundle.HasTests ? TestTotalsReport.From(bundle.Tests) : null,
                bundle.HasCoverage ? CoverageTotalsReport.From(bundle.Coverage.Totals) : null)
            {
                Findings = bundle.HasFindings ? FindingsReport.From(bundle.Findings) : null,
            },
            [.. bundle.Diagnostics.Select(d => new DiagnosticReport(d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message, d.Path, d.Line))]);
    }
}

/// <summary>One artifact: <c>path</c> is workspace-relative as matched; exactly one of tests, coverage and findings is set.</summary>
public sealed record EvidenceArtifactReport(string Path, string Kind, string Format, TestTotalsReport? Tests, CoverageTotalsReport? Coverage)
{
    public FindingsReport? Findings { get; init; }
}

/// <summary>Totals over all artifacts; a part is absent when no artifact of that kind was read.</summary>
public sealed record EvidenceTotalsReport(TestTotalsReport? Tests, CoverageTotalsReport? Coverage)
{
    public FindingsReport? Findings { get; init; }
}

/// <summary>Findings by category and level (<c>lint</c>: error, warning, note; <c>vulnerability</c>: critical ... info).</summary>
public sealed record FindingsReport(IReadOnlyList<string> Tools, int Total, IReadOnlyDictionary<string, int> Lint, IReadOnlyDictionary<string, int> Vulnerability)
{
    public static FindingsReport From(FindingSet findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new(findings.Tools, findings.Items.Count, ByLevel(findings, FindingCategory.Lint), ByLevel(findings, FindingCategory.Vulnerability));
    }

    private static SortedDictionary<string, int> ByLevel(FindingSet findings, FindingCategory category) =>
        new(findings.Items.Where(f => f.Category == category).GroupBy(f => f.Level).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}

/// <summary>
/// <c>total</c> counts distinct tests, <c>cases</c> raw test case entries; <c>runs</c> splits those entries by outcome
/// (what the runner's summary line says), <c>flaky</c> counts distinct tests that passed after failed attempts.
/// </summary>
public sealed record TestTotalsReport(int Total, int Passed, int Failed, int Errors, int Skipped, int Cases, int Flaky, TestRunsReport Runs)
{
    public static TestTotalsReport From(TestResultSet tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var (totals, runs) = (tests.Totals, tests.Runs);
        return new(totals.Total, totals.Passed, totals.Failed, totals.Errors, totals.Skipped, totals.Cases, totals.Flaky,
            new TestRunsReport(runs.Runs, runs.Passed, runs.Failed, runs.Errors, runs.Skipped));
    }
}

public sealed record TestRunsReport(int Total, int Passed, int Failed, int Errors, int Skipped);

public sealed record CoverageTotalsReport(long LinesValid, long LinesCovered, long BranchesValid, long BranchesCovered)
{
    public static CoverageTotalsReport From(CoverageTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return new(totals.LinesValid, totals.LinesCovered, totals.BranchesValid, totals.BranchesCovered);
    }
}
