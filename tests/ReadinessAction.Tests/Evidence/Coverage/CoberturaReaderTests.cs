using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Coverage.Cobertura;

namespace ReadinessAction.Tests.Evidence.Coverage;

public sealed class CoberturaReaderTests
{
    [Fact]
    public void Cobertura_coverlet_totals_and_files_are_counted_from_lines()
    {
        var read = CoverageReading.Fixture("cobertura_coverlet.xml");

        Assert.IsType<CoberturaReader>(read.Reader);
        Assert.Equal(new CoverageTotals(7, 5, 4, 1), read.Totals);
        Assert.Equal(
            ["/home/runner/work/shop/shop/core/Cart.cs", "/home/runner/work/shop/shop/svc/Api.cs"],
            read.Set.Files.Select(f => f.Path));
        Assert.Empty(read.Diagnostics);
    }

    [Fact]
    public void Cobertura_with_sources_resolves_relative_file_names()
    {
        var read = CoverageReading.Fixture("cobertura_coveragepy.xml");

        // Several sources: the first non-blank one (trimmed) is used for every relative name.
        Assert.Equal(["/work/proj/src/pkg/mod.py", "/work/proj/src/run.py"], read.Set.Files.Select(f => f.Path));
        Assert.Equal(new CoverageTotals(6, 4, 2, 1), read.Totals);
    }

    [Fact]
    public void Cobertura_same_line_in_two_classes_of_one_file_counts_once_with_the_better_branches()
    {
        var cart = CoverageReading.Fixture("cobertura_coverlet.xml").Lines("/home/runner/work/shop/shop/core/Cart.cs");

        Assert.Equal([10, 11, 12, 15, 20], cart.Keys.Order());
        Assert.Equal(new LineHits(3, 2, 1), cart[11]);
        Assert.Equal(new LineHits(0, 0, 0), cart[20]);
    }

    [Fact]
    public void Cobertura_counts_class_lines_not_their_repetition_in_methods()
    {
        var read = CoverageReading.Text(Report("""
            <class name="A" filename="a.cs">
              <methods><method name="M"><lines><line number="1" hits="1"/><line number="99" hits="1"/></lines></method></methods>
              <lines><line number="1" hits="1"/><line number="2" hits="0"/></lines>
            </class>
            """));

        Assert.Equal([1, 2], read.Lines("a.cs").Keys.Order());
    }

    [Fact]
    public void Cobertura_class_without_class_lines_falls_back_to_its_method_lines()
    {
        var read = CoverageReading.Text(Report("""
            <class name="calc" filename="Calculate.cpp">
              <methods>
                <method name="a"><lines><line number="53" hits="3"/></lines></method>
                <method name="b"><lines><line number="54" hits="0"/></lines></method>
              </methods>
            </class>
            <class name="next" filename="Next.cpp"><lines><line number="1" hits="1"/></lines></class>
            """));

        Assert.Equal(new CoverageTotals(3, 2, 0, 0), read.Totals);
        Assert.Equal([53, 54], read.Lines("Calculate.cpp").Keys.Order());
    }

    [Fact]
    public void Cobertura_header_disagreeing_with_content_is_a_warning_and_the_content_wins()
    {
        var read = CoverageReading.Fixture("cobertura_phpunit.xml");

        Assert.Equal(new CoverageTotals(2, 1, 0, 0), read.Totals);
        var warning = Assert.Single(read.With(CoverageDiagnosticCodes.HeaderMismatch));
        Assert.Equal(("cobertura_phpunit.xml", 3), (warning.Path, warning.Line));
        Assert.Contains("lines 3/4 but its content has 1/2", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cobertura_with_doctype_is_read_as_cobertura()
    {
        var read = CoverageReading.Fixture("cobertura_phpunit.xml");

        Assert.IsType<CoberturaReader>(read.Reader);
        Assert.Equal("/app/src/Cart.php", Assert.Single(read.Set.Files).Path);
    }

    [Fact]
    public void Cobertura_float_counters_are_read_as_integers()
    {
        var read = CoverageReading.Text("""
            <coverage branches-valid="1.0" branches-covered="1.0" lines-covered="1" lines-valid="2" line-rate="0.5">
              <packages><package name="app"><class name="First" filename="test_folder/firstTest.swift">
                <lines><line number="5" hits="0.0"/><line number="16" hits="2.0" condition-coverage="100% (2/2)"/></lines>
              </class></package></packages>
            </coverage>
            """);

        Assert.Equal(new CoverageTotals(2, 1, 2, 2), read.Totals);
        Assert.Equal(new LineHits(2, 2, 2), read.Lines("test_folder/firstTest.swift")[16]);
        Assert.Single(read.With(CoverageDiagnosticCodes.HeaderMismatch));
    }

    [Fact]
    public void Cobertura_hit_counts_beyond_32_bits_are_kept()
    {
        var read = CoverageReading.Text(Report("""<class filename="hot.c"><lines><line number="7" hits="2874063630"/></lines></class>"""));

        Assert.Equal(2874063630L, read.Lines("hot.c")[7].Hits);
    }

    [Fact]
    public void Cobertura_line_with_a_bad_number_is_skipped_with_a_warning_naming_its_line()
    {
        var read = CoverageReading.Text(Report("""
            <class filename="a.cs"><lines>
            <line number="1" hits="1"/>
            <line number="x" hits="1"/>
            <line number="3" hits="lots"/>
            </lines></class>
            """), "coverage.xml");

        Assert.Equal(new CoverageTotals(1, 1, 0, 0), read.Totals);
        Assert.Equal([("coverage.xml", 6), ("coverage.xml", 7)], read.With(CoverageDiagnosticCodes.BadRecord).Select(d => (d.Path, d.Line)));
    }

    [Fact]
    public void Cobertura_class_without_filename_keeps_its_lines_under_its_name()
    {
        var read = CoverageReading.Text(Report("""<class name="Orphan"><lines><line number="1" hits="1"/></lines></class>"""));

        Assert.Equal(1, read.Lines("Orphan")[1].Hits);
        Assert.Single(read.With(CoverageDiagnosticCodes.BadRecord));
    }

    [Fact]
    public void Cobertura_header_only_is_no_data_not_zero_coverage()
    {
        var read = CoverageReading.Text("""<coverage lines-valid="82" lines-covered="63" line-rate="0.77"></coverage>""", "coverage.xml");

        Assert.Null(read.Evidence);
        var noData = Assert.Single(read.With(CoverageDiagnosticCodes.NoData));
        Assert.Equal("coverage.xml", noData.Path);
        Assert.Contains("63/82 lines its summary declares are not evidence", noData.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<coverage generated="1" clover="4.4.1"><project name="p"/></coverage>""")]
    [InlineData("""<coverage profilerVersion="1.5.8" driverVersion="1.5.8"><module name="a"/></coverage>""")]
    [InlineData("""<coverage version="1.0"><assembly name="a"/></coverage>""")]
    public void Cobertura_does_not_claim_other_formats_rooted_at_coverage(string xml)
    {
        var read = CoverageReading.Text(xml);

        Assert.IsNotType<CoberturaReader>(read.Reader);
    }

    private static string Report(string classes) => $"""
        <?xml version="1.0"?>
        <coverage line-rate="1">
          <packages><package name="p"><classes>
        {classes}
          </classes></package></packages>
        </coverage>
        """;
}
