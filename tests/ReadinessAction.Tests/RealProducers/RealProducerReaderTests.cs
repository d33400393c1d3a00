using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.TestResults;

namespace ReadinessAction.Tests.RealProducers;

/// <summary>Each artifact written by a real producer, read through the product's sniffer and reader registry,
/// must give the totals the producer itself printed.</summary>
[Collection(RealProducerGroup.Name)]
public sealed class RealProducerReaderTests(RealProducerArtifacts producers)
{
    [Fact]
    public void Trx_from_dotnet_test_reads_to_the_totals_dotnet_test_printed()
    {
        var totals = Read(producers.TrxPath, ArtifactKind.Tests).Tests!.Totals;

        AssertSameTotals(producers.DotnetPrinted, totals);
    }

    [Fact]
    public void JUnit_from_jest_junit_reads_to_the_totals_jest_printed()
    {
        var totals = Read(producers.JestJUnitPath, ArtifactKind.Tests).Tests!.Totals;

        AssertSameTotals(producers.JestPrinted, totals);
    }

    [Fact]
    public void Jest_json_reads_to_the_totals_jest_printed()
    {
        var evidence = Read(producers.JestJsonPath, ArtifactKind.Tests);

        Assert.Equal("jest-json", evidence.Format);
        AssertSameTotals(producers.JestPrinted, evidence.Tests!.Totals);
    }

    [Fact]
    public void Cobertura_from_coverlet_reads_to_the_line_counts_on_its_root()
    {
        var expected = CoberturaRootCounts.Read(producers.CoverletCoberturaPath);

        var totals = Read(producers.CoverletCoberturaPath, ArtifactKind.Coverage).Coverage!.Totals;

        Assert.Equal(expected.LinesCovered, totals.LinesCovered);
        Assert.Equal(expected.LinesValid, totals.LinesValid);
    }

    [Fact]
    public void Cobertura_from_c8_reads_to_the_line_counts_c8_printed()
    {
        var totals = Read(producers.C8CoberturaPath, ArtifactKind.Coverage).Coverage!.Totals;

        Assert.Equal(producers.C8Lines.Covered, totals.LinesCovered);
        Assert.Equal(producers.C8Lines.Valid, totals.LinesValid);
    }

    [Fact]
    public void Lcov_from_c8_reads_to_the_line_counts_c8_printed()
    {
        var totals = Read(producers.C8LcovPath, ArtifactKind.Coverage).Coverage!.Totals;

        Assert.Equal(producers.C8Lines.Covered, totals.LinesCovered);
        Assert.Equal(producers.C8Lines.Valid, totals.LinesValid);
    }

    private static void AssertSameTotals(PrintedTestTotals printed, TestTotals read)
    {
        Assert.Equal(printed.Total, read.Total);
        Assert.Equal(printed.Passed, read.Passed);
        Assert.Equal(printed.Failed, read.Failed + read.Errors);
        Assert.Equal(printed.Skipped, read.Skipped);
    }

    private static ArtifactEvidence Read(string path, ArtifactKind kind)
    {
        ArtifactSniff sniff;
        using (var head = File.OpenRead(path))
        {
            sniff = ArtifactSniffer.Sniff(head, path);
        }

        var reader = ArtifactReaderRegistry.CreateDefault().Find(sniff, kind);
        Assert.True(reader is not null, $"no {kind} reader accepts {path} (root <{sniff.XmlRoot}>)");

        var diagnostics = new DiagnosticBag();
        using var content = File.OpenRead(path);
        var evidence = reader.Read(content, path, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        Assert.True(evidence is not null, $"{reader.Format} reader returned nothing for {path}: {string.Join('\n', diagnostics.Items)}");
        Assert.Equal(kind, evidence.Kind);
        return evidence;
    }
}
