using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.TestResults;

namespace ReadinessAction.Tests.Evidence.Conformance;

/// <summary>
/// Every test-result row of the peers' EXPECTED.tsv, read the way the product reads it: sniffed by content, the reader
/// found by the registry, then read. Numbers are compared in each peer's own terms (see <see cref="PeerView"/>).
/// </summary>
public sealed class TestResultConformanceTests
{
    private static readonly ArtifactReaderRegistry Registry = ArtifactReaderRegistry.CreateDefault();

    public static TheoryData<string> Rows() =>
        [.. CorpusExpectations.All.Where(r => r.Kind == "test").Select(r => r.ToString())];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Test_result_file_is_read_as_its_peer_counts_it(string row)
    {
        var expectation = CorpusExpectations.All.Single(r => r.ToString() == row);
        var (reader, evidence, diagnostics) = Read(expectation);

        switch (expectation.Outcome)
        {
            case "parse_error":
                Assert.True(
                    reader is null || (evidence is null && diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Path == expectation.File)),
                    $"{row} must be rejected with an error; read by {reader?.Format} as {evidence?.Tests?.Totals}");
                return;
            case var outcome when outcome.StartsWith("no_data", StringComparison.Ordinal):
                Assert.NotNull(reader);
                Assert.True(evidence is null || evidence.Tests!.Totals.Total == 0, $"{row} holds no test, read {evidence?.Tests?.Totals}");
                Assert.Contains(diagnostics, d => d.Path == expectation.File && d.Severity != DiagnosticSeverity.Info);
                return;
        }

        if (ReviewedExceptions.All.TryGetValue(row, out var exception) && exception.Ours is null)
        {
            Assert.True(
                reader is null || (evidence is null && diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Path == expectation.File)),
                $"{row} must be rejected (reviewed); read by {reader?.Format} as {evidence?.Tests?.Totals}");
            return;
        }

        Assert.True(reader is not null, $"no reader recognised {row}");

        Assert.True(evidence?.Tests is not null, $"{row} was not read: {string.Join("; ", diagnostics)}");
        var measured = evidence.Tests.Totals;
        if (exception.Ours is not null)
        {
            Assert.Equal(exception.Ours, measured with { Cases = 0 });
            return;
        }

        var ours = PeerView.Of(expectation, evidence.Tests);
        var peer = new PeerView(
            expectation["expected_total_tests"] ?? ours.Total,
            expectation["expected_passed"] ?? ours.Passed,
            expectation["expected_failed"] ?? ours.Failed,
            expectation["expected_errors"] ?? ours.Errors,
            expectation["expected_skipped"] ?? ours.Skipped);
        Assert.True(peer == ours, $"{row}: the peer asserts {peer} (blank columns take our value), we read {ours} from {measured}");
    }

    [Fact]
    public void Every_reviewed_exception_names_a_corpus_row()
    {
        var rows = CorpusExpectations.All.Select(r => r.ToString()).ToHashSet(StringComparer.Ordinal);
        Assert.All(ReviewedExceptions.All.Keys, key => Assert.Contains(key, rows));
    }

    private static (IArtifactReader? Reader, ArtifactEvidence? Evidence, IReadOnlyList<Diagnostic> Diagnostics) Read(CorpusExpectation expectation)
    {
        using var stream = File.OpenRead(expectation.FullPath(CorpusExpectations.CorpusRoot));
        var sniff = ArtifactSniffer.Sniff(stream, expectation.File);
        stream.Position = 0;
        var reader = Registry.Find(sniff);
        var diagnostics = new DiagnosticBag();
        var evidence = reader?.Read(stream, expectation.File, diagnostics);
        return (reader, evidence, diagnostics.Items);
    }
}
