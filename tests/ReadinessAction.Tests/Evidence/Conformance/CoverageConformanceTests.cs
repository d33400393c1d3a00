using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Workspace;

namespace ReadinessAction.Tests.Evidence.Conformance;

/// <summary>
/// Every coverage file of the peer corpus, read the way the evidence collector reads a workspace file (sniff the
/// content, let the registry choose, read): the totals must agree with every number the peer asserts, failures must
/// be diagnostics, and a format we do not read must give "unsupported-format" rather than numbers.
/// </summary>
public sealed class CoverageConformanceTests
{
    private const string UnsupportedFormat = "unsupported-format";

    private static readonly string[] UnsupportedFormats =
        ["gcov", "dotcover", "ncover", "partcover", "vs-coveragexml", "ms-dynamic-codecoverage-xml", "ctc", "mprof", "scoverage"];

    private static readonly string[] RowNames = [.. CorpusExpectations.All.Where(r => r.Kind == "coverage").Select(r => r.ToString())];

    public static TheoryData<string> CoverageRows => [.. RowNames];

    [Fact]
    public void Corpus_has_coverage_rows_for_every_supported_format()
    {
        var formats = CorpusExpectations.All.Where(r => r.Kind == "coverage").Select(r => r.Format).ToHashSet();
        Assert.All(["cobertura", "jacoco", "opencover", "lcov", "clover", "go-coverprofile"], f => Assert.Contains(f, formats));
    }

    [Fact]
    public void Every_reviewed_deviation_names_an_existing_coverage_row()
    {
        Assert.All(CoveragePeerDeviations.All.Keys, key => Assert.Contains(key, RowNames));
    }

    [Theory]
    [MemberData(nameof(CoverageRows))]
    public void Coverage_artifact_reads_as_its_peer_asserts(string row)
    {
        var expectation = CorpusExpectations.All.Single(r => r.ToString() == row);
        var deviation = CoveragePeerDeviations.All.GetValueOrDefault(row);
        var diagnostics = new DiagnosticBag();

        var evidence = new ArtifactFileReader(ArtifactReaderRegistry.CreateDefault(), new WorkspaceFileGuard(Path.Combine(CorpusExpectations.CorpusRoot, expectation.Source)))
            .Read(expectation.File, ArtifactKind.Coverage, diagnostics);

        var said = string.Join("; ", diagnostics.Items);
        switch (UnsupportedFormats.Contains(expectation.Format) ? "unsupported" : deviation?.Outcome ?? Outcome(expectation.Outcome))
        {
            case "unsupported":
                Assert.Null(evidence);
                Assert.True(diagnostics.Items.Any(d => d.Code == UnsupportedFormat && d.Path == expectation.File), $"{row}: expected {UnsupportedFormat}, got: {said}");
                break;
            case "no_data" or "parse_error":
                Assert.Null(evidence);
                Assert.True(
                    diagnostics.Items.Any(d => d.Path == expectation.File && (d.Severity == DiagnosticSeverity.Error || d.Code == CoverageDiagnosticCodes.NoData)),
                    $"{row}: expected an error or {CoverageDiagnosticCodes.NoData}, got: {said}");
                break;
            default:
                Assert.True(evidence is not null, $"{row}: not read: {said}");
                Assert.Equal(ArtifactKind.Coverage, evidence.Kind);
                Assert.Equal(ReaderFormat(expectation.Format), evidence.Format);
                Assert.False(diagnostics.HasErrors, $"{row}: {said}");
                AssertTotals(expectation, deviation, evidence.Coverage!.Totals);
                break;
        }
    }

    private static void AssertTotals(CorpusExpectation expectation, CoveragePeerDeviation? deviation, CoverageTotals totals)
    {
        var actual = new Dictionary<string, long>
        {
            ["expected_lines_valid"] = totals.LinesValid,
            ["expected_lines_covered"] = totals.LinesCovered,
            ["expected_branches_valid"] = totals.BranchesValid,
            ["expected_branches_covered"] = totals.BranchesCovered,
        };
        Assert.True(totals.LinesValid > 0, $"{expectation}: read, but without any coverable line");
        if (deviation is null && expectation.LineRate is { } rate)
        {
            // Peers that assert only a rate (cobertura-action) read it from the file's header, rounded to its digits.
            var ours = (double)totals.LinesCovered / totals.LinesValid;
            Assert.True(Math.Abs(ours - rate) < 0.00005, $"{expectation}: line rate is {ours:0.#####} ({totals.LinesCovered}/{totals.LinesValid}), the peer asserts {rate}");
        }

        foreach (var (column, value) in actual)
        {
            var expected = deviation?.Numbers.GetValueOrDefault(column) ?? expectation[column];
            if (expected is not null)
            {
                Assert.True(expected == value, $"{expectation}: {column} is {value}, the peer asserts {expectation[column]}{(deviation is null ? "" : $" (reviewed: {expected})")}");
            }
        }
    }

    private static string Outcome(string outcome) =>
        outcome.StartsWith("no_data", StringComparison.Ordinal) ? "no_data"
        : outcome.StartsWith("parse_error", StringComparison.Ordinal) ? "parse_error"
        : "ok";

    private static string ReaderFormat(string corpusFormat) => corpusFormat == "go-coverprofile" ? "gocover" : corpusFormat;
}
