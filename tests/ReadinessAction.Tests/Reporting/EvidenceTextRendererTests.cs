using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Reporting;

public sealed class EvidenceTextRendererTests
{
    [Fact]
    public void Coverage_lines_show_covered_of_valid_with_percentages()
    {
        var report = new EvidenceReport(
            [new EvidenceArtifactReport("coverage.cobertura.xml", "coverage", "cobertura", null, new CoverageTotalsReport(1731, 1234, 410, 302))],
            new EvidenceTotalsReport(null, new CoverageTotalsReport(1731, 1234, 0, 0)),
            [new DiagnosticReport("warning", "no-match", "--test-results '**/*.trx' matched no file in the workspace", null, null)]);

        var text = EvidenceTextRenderer.Render(report);

        Assert.Equal(
            [
                "coverage.cobertura.xml (cobertura): lines 1234/1731 (71.29%), branches 302/410 (73.66%)",
                "merged coverage: lines 1234/1731 (71.29%), branches 0/0",
                "warning no-match: --test-results '**/*.trx' matched no file in the workspace",
            ],
            text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_empty_report_says_nothing_was_read()
    {
        var text = EvidenceTextRenderer.Render(new EvidenceReport([], new EvidenceTotalsReport(null, null), []));

        Assert.Equal("no evidence was read" + Environment.NewLine, text);
    }
}
