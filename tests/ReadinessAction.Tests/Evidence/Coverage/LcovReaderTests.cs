using System.Text;

using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Coverage.Lcov;

namespace ReadinessAction.Tests.Evidence.Coverage;

public sealed class LcovReaderTests
{
    [Fact]
    public void Lcov_c8_totals_and_files_come_from_DA_and_BRDA()
    {
        var read = CoverageReading.Fixture("lcov_c8.info");

        Assert.IsType<LcovReader>(read.Reader);
        Assert.Equal(new CoverageTotals(6, 4, 3, 1), read.Totals);
        Assert.Equal(["src/api.js", "src/cart.js"], read.Set.Files.Select(f => f.Path));
        Assert.Empty(read.Diagnostics);
    }

    [Fact]
    public void Lcov_branch_never_reached_counts_as_not_taken_and_hit_counts_keep_64_bits()
    {
        var cart = CoverageReading.Fixture("lcov_c8.info").Lines("src/cart.js");

        Assert.Equal(new LineHits(3, 2, 1), cart[2]);
        Assert.Equal(new LineHits(0, 1, 0), cart[4]);
        Assert.Equal(5_000_000_000L, cart[5].Hits);
    }

    [Fact]
    public void Lcov_sections_for_the_same_file_combine_line_by_line()
    {
        var read = CoverageReading.Text("TN:a\nSF:x.c\nDA:1,0\nDA:2,1\nend_of_record\nTN:b\nSF:x.c\nDA:1,4\nDA:3,0\nend_of_record\n");

        Assert.Equal(new CoverageTotals(3, 2, 0, 0), read.Totals);
    }

    [Fact]
    public void Lcov_summary_disagreeing_with_the_section_is_a_warning_naming_its_line()
    {
        var read = CoverageReading.Text("TN:\nSF:x.c\nDA:1,1\nDA:1,1\nLF:2\nLH:2\nend_of_record\n", "lcov.info");

        var warning = Assert.Single(read.With(CoverageDiagnosticCodes.HeaderMismatch));
        Assert.Equal(("lcov.info", 7), (warning.Path, warning.Line));
        Assert.Contains("SF:x.c", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lcov_without_final_end_of_record_keeps_its_lines_and_warns()
    {
        var read = CoverageReading.Text("SF:x.c\nDA:1,1\nDA:2,0");

        Assert.Equal(new CoverageTotals(2, 1, 0, 0), read.Totals);
        Assert.Contains(read.With(CoverageDiagnosticCodes.BadRecord), d => d.Message.Contains("end_of_record", StringComparison.Ordinal));
    }

    [Fact]
    public void Lcov_unknown_lines_and_bad_values_are_skipped_with_warnings()
    {
        var read = CoverageReading.Text("TN:\nSF:x.c\nDA:1,1\nDA:two,1\nDA:3,-1\ngarbage here\nend_of_record\n");

        Assert.Equal(new CoverageTotals(1, 1, 0, 0), read.Totals);
        Assert.Equal([4, 5, 6], read.With(CoverageDiagnosticCodes.BadRecord).Select(d => d.Line));
    }

    [Fact]
    public void Lcov_in_utf16_with_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("TN:\nSF:x.c\nDA:1,1\nend_of_record\n")).ToArray();

        var read = CoverageReading.Bytes(bytes);

        Assert.Equal(new CoverageTotals(1, 1, 0, 0), read.Totals);
    }

    [Fact]
    public void Lcov_with_only_a_test_name_is_no_data()
    {
        var read = CoverageReading.Text("TN:\n");

        Assert.Null(read.Evidence);
        Assert.Single(read.With(CoverageDiagnosticCodes.NoData));
    }
}
