using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Coverage.GoCover;

namespace ReadinessAction.Tests.Evidence.Coverage;

public sealed class GoCoverReaderTests
{
    [Fact]
    public void Go_profile_block_covers_every_line_of_its_range()
    {
        var read = CoverageReading.Fixture("gocover_gotest.out");

        Assert.IsType<GoCoverReader>(read.Reader);
        Assert.Equal(new CoverageTotals(6, 3, 0, 0), read.Totals);
        Assert.Equal(["example.com/shop/core/cart.go", "example.com/shop/svc/api.go"], read.Set.Files.Select(f => f.Path));
    }

    [Fact]
    public void Go_line_shared_by_a_run_and_an_unrun_block_is_covered()
    {
        var cart = CoverageReading.Fixture("gocover_gotest.out").Lines("example.com/shop/core/cart.go");

        Assert.Equal([10, 11, 12, 13, 14], cart.Keys.Order());
        Assert.True(cart[12].IsCovered);
        Assert.False(cart[13].IsCovered);
    }

    [Fact]
    public void Go_concatenated_profiles_with_repeated_mode_lines_are_read()
    {
        var read = CoverageReading.Text("mode: set\na/x.go:1.1,2.2 1 1\nmode: set\na/y.go:3.1,3.9 1 0\n");

        Assert.Equal(new CoverageTotals(3, 2, 0, 0), read.Totals);
    }

    [Fact]
    public void Go_malformed_or_impossible_block_is_skipped_with_a_warning_naming_its_line()
    {
        var read = CoverageReading.Text("mode: atomic\na/x.go:1.1,2.2 1 1\nnot a block\na/x.go:9.1,3.1 1 1\na/x.go:1.1,2000000000.1 1 1\n", "cover.out");

        Assert.Equal(new CoverageTotals(2, 2, 0, 0), read.Totals);
        Assert.Equal([3, 4, 5], read.With(CoverageDiagnosticCodes.BadRecord).Select(d => d.Line));
    }

    [Fact]
    public void Go_profile_with_only_a_mode_line_is_no_data()
    {
        var read = CoverageReading.Text("mode: set\n");

        Assert.IsType<GoCoverReader>(read.Reader);
        Assert.Null(read.Evidence);
        Assert.Single(read.With(CoverageDiagnosticCodes.NoData));
    }
}
