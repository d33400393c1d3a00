using ReadinessAction.Tests.Support;

using Xunit.Abstractions;

namespace ReadinessAction.Tests.RealProducers;

/// <summary>Proves the producers ran and printed sane totals, independently of the artifact readers.</summary>
[Collection(RealProducerGroup.Name)]
public sealed class RealProducerFixtureTests(RealProducerArtifacts producers, ITestOutputHelper output)
{
    [Fact]
    public void Producers_print_their_totals_and_write_their_files()
    {
        output.WriteLine($"producers ran in {producers.Elapsed.TotalSeconds:0.0} s: dotnet test {producers.DotnetTest.Elapsed.TotalSeconds:0.0} s, "
            + $"npm ci {producers.NpmCi.Elapsed.TotalSeconds:0.0} s, jest under c8 {producers.JestUnderC8.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"dotnet test printed {producers.DotnetPrinted}; jest printed {producers.JestPrinted}; c8 printed {producers.C8Lines}");
        foreach (var path in new[] { producers.TrxPath, producers.CoverletCoberturaPath, producers.JestJUnitPath, producers.C8CoberturaPath, producers.C8LcovPath })
        {
            Assert.True(File.Exists(path), $"{path} was not written");
            Assert.True(new FileInfo(path).Length > 0, $"{path} is empty");
        }

        var dotnet = producers.DotnetPrinted;
        Assert.Equal(dotnet.Total, dotnet.Passed + dotnet.Failed + dotnet.Skipped);
        Assert.True(dotnet.Passed > 0, producers.DotnetTest.Output);
        Assert.Equal(1, dotnet.Failed);
        Assert.Equal(1, dotnet.Skipped);
        Assert.Equal(1, producers.DotnetTest.ExitCode);

        var jest = producers.JestPrinted;
        Assert.True(jest.Total > 0, producers.JestUnderC8.Output);
        Assert.Equal(jest.Total, jest.Passed);

        var lines = producers.C8Lines;
        Assert.InRange(lines.Covered, 1, lines.Valid - 1);
        // c8 prints the percentage truncated to two decimals.
        Assert.InRange(100.0 * lines.Covered / lines.Valid - lines.Percent, 0, 0.01);

        var coverlet = CoberturaRootCounts.Read(producers.CoverletCoberturaPath);
        Assert.InRange(coverlet.LinesCovered, 1, coverlet.LinesValid - 1);
    }

    [Fact]
    public void Fresh_run_prints_what_the_committed_artifacts_record()
    {
        var demo = Path.Combine(RepositoryPaths.Root, "samples", "demo", "artifacts");
        var produced = File.ReadAllText(Path.Combine(demo, "PRODUCED.md"));
        var committed = (
            ProducerOutputParser.ParseDotnetTest(produced),
            ProducerOutputParser.ParseJest(produced),
            ProducerOutputParser.ParseC8Lines(produced),
            CoberturaRootCounts.Read(Path.Combine(demo, "dotnet", "coverage.cobertura.xml")));
        var fresh = (producers.DotnetPrinted, producers.JestPrinted, producers.C8Lines, CoberturaRootCounts.Read(producers.CoverletCoberturaPath));

        Assert.True(
            committed == fresh,
            $"samples/demo/artifacts are stale: run samples/demo/scripts/regenerate-artifacts.sh.\ncommitted: {committed}\nfresh:     {fresh}");
    }
}
