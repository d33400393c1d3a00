using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Coverage.JaCoCo;

namespace ReadinessAction.Tests.Evidence.Coverage;

public sealed class JaCoCoReaderTests
{
    [Fact]
    public void JaCoCo_totals_come_from_source_file_lines_and_agree_with_the_report_counters()
    {
        var read = CoverageReading.Fixture("jacoco_maven.xml");

        Assert.IsType<JaCoCoReader>(read.Reader);
        Assert.Equal(new CoverageTotals(4, 3, 4, 1), read.Totals);
        Assert.Empty(read.Diagnostics);
    }

    [Fact]
    public void JaCoCo_file_path_is_package_name_plus_source_file_name()
    {
        var read = CoverageReading.Fixture("jacoco_maven.xml");

        Assert.Equal(["Main.java", "com/shop/core/Cart.java"], read.Set.Files.Select(f => f.Path));
    }

    [Fact]
    public void JaCoCo_line_without_instructions_is_not_coverable_and_branches_come_from_mb_cb()
    {
        var read = CoverageReading.Fixture("jacoco_maven.xml");

        Assert.Equal([3], read.Lines("Main.java").Keys);
        Assert.Equal(new LineHits(3, 2, 1), read.Lines("com/shop/core/Cart.java")[10]);
        Assert.Equal(new LineHits(0, 2, 0), read.Lines("com/shop/core/Cart.java")[14]);
    }

    [Fact]
    public void JaCoCo_report_counters_disagreeing_with_lines_are_a_warning()
    {
        var read = CoverageReading.Text("""
            <report name="r"><sessioninfo id="a" start="1" dump="2"/>
            <package name="p"><sourcefile name="A.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/></sourcefile></package>
            <counter type="LINE" missed="5" covered="1"/>
            </report>
            """, "jacoco.xml");

        Assert.Equal(new CoverageTotals(1, 1, 0, 0), read.Totals);
        var warning = Assert.Single(read.With(CoverageDiagnosticCodes.HeaderMismatch));
        Assert.Contains("lines 1/6 but its content has 1/1", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JaCoCo_without_source_lines_is_no_data()
    {
        var read = CoverageReading.Text("""<report name="r"><sessioninfo id="a" start="1" dump="2"/><counter type="LINE" missed="1" covered="1"/></report>""");

        Assert.Null(read.Evidence);
        Assert.Single(read.With(CoverageDiagnosticCodes.NoData));
    }
}
