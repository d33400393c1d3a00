using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Coverage;

namespace ReadinessAction.Tests.Evidence.Conformance;

/// <summary>
/// Every coverage file of the peer corpus, detected by content and read: the totals must agree with every number
/// the peer asserts, failures must be diagnostics, and formats we do not read must not be claimed by any reader.
/// </summary>
public sealed class CoverageConformanceTests
{
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
        var (reader, sniff, evidence, diagnostics) = Read(expectation);

        if (UnsupportedFormats.Contains(expectation.Format))
        {
            Assert.True(reader is null, $"{row}: {reader?.Format} claims a {expectation.Format} file; it must be left to the 'unsupported format' diagnostic");
            return;
        }

        var outcome = deviation?.Outcome ?? Outcome(expectation.Outcome);
        switch (outcome)
        {
            case "no_data" or "parse_error" when reader is null:
                // Nothing to detect in an empty file: the evidence collector reports it before asking any reader.
                Assert.True(string.IsNullOrWhiteSpace(sniff.Head), $"{row}: no reader claims it, and it is not empty");
                break;
            case "no_data" or "parse_error":
                Assert.Null(evidence);
                Assert.Contains(diagnostics, d => d.Path == row && (d.Severity == DiagnosticSeverity.Error || d.Code == CoverageDiagnosticCodes.NoData));
                break;
            case "unclaimed":
                Assert.Null(reader);
                break;
            default:
                Assert.True(reader is not null, $"{row}: no reader claims this {expectation.Format} file");
                Assert.Equal(ReaderFormat(expectation.Format), reader.Format);
                Assert.True(evidence is not null, $"{row}: not read: {string.Join("; ", diagnostics)}");
                Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
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
        foreach (var (column, value) in actual)
        {
            var expected = deviation?.Numbers.GetValueOrDefault(column) ?? expectation[column];
            if (expected is not null)
            {
                Assert.True(expected == value, $"{expectation}: {column} is {value}, the peer asserts {expectation[column]}{(deviation is null ? "" : $" (reviewed: {expected})")}");
            }
        }
    }

    private static (IArtifactReader? Reader, ArtifactSniff Sniff, ArtifactEvidence? Evidence, IReadOnlyList<Diagnostic> Diagnostics) Read(CorpusExpectation row)
    {
        using var content = File.OpenRead(row.FullPath(CorpusExpectations.CorpusRoot));
        var sniff = ArtifactSniffer.Sniff(content, row.ToString());
        var reader = ArtifactReaderRegistry.CreateDefault().Find(sniff, ArtifactKind.Coverage);
        if (reader is null)
        {
            return (null, sniff, null, []);
        }

        content.Position = 0;
        var diagnostics = new DiagnosticBag();
        var evidence = reader.Read(content, row.ToString(), diagnostics);
        return (reader, sniff, evidence, diagnostics.Items);
    }

    private static string Outcome(string outcome) =>
        outcome.StartsWith("no_data", StringComparison.Ordinal) ? "no_data"
        : outcome.StartsWith("parse_error", StringComparison.Ordinal) ? "parse_error"
        : "ok";

    private static string ReaderFormat(string corpusFormat) => corpusFormat == "go-coverprofile" ? "gocover" : corpusFormat;
}
