using System.Globalization;
using System.Text;

namespace ReadinessAction.Reporting;

/// <summary>The terminal view of an evidence report: one line per artifact, the merged totals, then each diagnostic.</summary>
public static class EvidenceTextRenderer
{
    public static string Render(EvidenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        foreach (var artifact in report.Artifacts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{artifact.Path} ({artifact.Format}): ")
                .AppendLine(artifact.Tests is not null ? Describe(artifact.Tests) : artifact.Findings is not null ? Describe(artifact.Findings) : Describe(artifact.Coverage!));
        }

        if (report.Merged.Tests is { } tests)
        {
            text.Append("merged tests: ").AppendLine(Describe(tests));
        }

        if (report.Merged.Coverage is { } coverage)
        {
            text.Append("merged coverage: ").AppendLine(Describe(coverage));
        }

        if (report.Merged.Findings is { } findings)
        {
            text.Append("merged findings: ").AppendLine(Describe(findings));
        }

        if (report.Artifacts.Count == 0)
        {
            text.AppendLine("no evidence was read");
        }

        foreach (var d in report.Diagnostics)
        {
            var where = d.Path is null ? "" : d.Line is null ? $"{d.Path}: " : $"{d.Path}:{d.Line}: ";
            text.AppendLine(CultureInfo.InvariantCulture, $"{where}{d.Severity} {d.Code}: {d.Message}");
        }

        return text.ToString();
    }

    private static string Describe(TestTotalsReport t) => string.Create(
        CultureInfo.InvariantCulture,
        $"{t.Total} tests ({t.Cases} cases): {t.Passed} passed, {t.Failed} failed, {t.Errors} errors, {t.Skipped} skipped{(t.Flaky > 0 ? $", {t.Flaky} flaky" : "")}");

    private static string Describe(FindingsReport f) => string.Create(
        CultureInfo.InvariantCulture,
        $"{f.Total} findings ({string.Join(", ", f.Tools)}){Levels("lint", f.Lint)}{Levels("vulnerabilities", f.Vulnerability)}");

    private static string Levels(string what, IReadOnlyDictionary<string, int> levels) =>
        levels.Count == 0 ? "" : $"; {what}: {string.Join(", ", levels.Select(l => $"{l.Value} {l.Key}"))}";

    private static string Describe(CoverageTotalsReport c) => string.Create(
        CultureInfo.InvariantCulture,
        $"lines {c.LinesCovered}/{c.LinesValid}{Percent(c.LinesCovered, c.LinesValid)}, branches {c.BranchesCovered}/{c.BranchesValid}{Percent(c.BranchesCovered, c.BranchesValid)}");

    private static string Percent(long covered, long valid) =>
        valid == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({100.0 * covered / valid:0.##}%)");
}
