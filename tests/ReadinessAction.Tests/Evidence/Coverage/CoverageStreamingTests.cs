using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Coverage.Cobertura;

namespace ReadinessAction.Tests.Evidence.Coverage;

[Collection(MemoryMeasurementGroup.Name)]
public sealed class CoverageStreamingTests
{
    [Fact]
    public void Cobertura_far_larger_than_its_line_maps_is_read_with_bounded_memory()
    {
        const long size = 48L * 1024 * 1024;
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var report = new GeneratedCoberturaStream(files: 40, linesPerClass: 250, targetBytes: size);

        var read = CoverageReading.With(new CoberturaReader(), report, "huge.xml");

        Assert.True(report.Produced >= size);
        Assert.Equal(new CoverageTotals(40 * 250, 40 * GeneratedCoberturaStream.CoveredLinesPerFile(250), 0, 0), read.Totals);
        var growth = report.PeakLiveHeapBytes - baseline;
        Assert.True(growth < 8 * 1024 * 1024, $"live heap grew by {growth / 1024} KB while streaming {size / (1024 * 1024)} MB");
    }
}
