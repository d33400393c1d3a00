using ReadinessAction.Evidence.Coverage;
using ReadinessAction.Evidence.Coverage.Clover;

namespace ReadinessAction.Tests.Evidence.Coverage;

public sealed class CloverReaderTests
{
    [Fact]
    public void Clover_openclover_counts_statement_and_condition_lines_of_the_project_only()
    {
        var read = CoverageReading.Fixture("clover_openclover.xml");

        Assert.IsType<CloverReader>(read.Reader);
        Assert.Equal(new CoverageTotals(4, 3, 2, 1), read.Totals);
        Assert.Equal(["/work/shop/src/main/java/com/shop/Cart.java", "com/shop/Util.java"], read.Set.Files.Select(f => f.Path));
    }

    [Fact]
    public void Clover_method_lines_are_signatures_not_coverable_lines()
    {
        var cart = CoverageReading.Fixture("clover_openclover.xml").Lines("/work/shop/src/main/java/com/shop/Cart.java");

        Assert.Equal([6, 7, 8], cart.Keys.Order());
    }

    [Fact]
    public void Clover_openclover_condition_is_two_branches_each_covered_when_it_happened()
    {
        var cart = CoverageReading.Fixture("clover_openclover.xml").Lines("/work/shop/src/main/java/com/shop/Cart.java");

        Assert.Equal(new LineHits(2, 2, 1), cart[7]);
    }

    [Fact]
    public void Clover_istanbul_condition_counts_covered_and_uncovered_branches()
    {
        var read = CoverageReading.Fixture("clover_istanbul.xml");

        Assert.Equal(new CoverageTotals(4, 3, 6, 3), read.Totals);
        Assert.Equal(new LineHits(3, 4, 3), read.Lines("/work/shop/src/cart.js")[2]);
        Assert.Equal(new LineHits(0, 2, 0), read.Lines("/work/shop/src/cart.js")[4]);
    }

    [Fact]
    public void Clover_without_project_content_is_no_data()
    {
        var read = CoverageReading.Text("""<coverage generated="1" clover="3.2.0"></coverage>""");

        Assert.IsType<CloverReader>(read.Reader);
        Assert.Null(read.Evidence);
        Assert.Single(read.With(CoverageDiagnosticCodes.NoData));
    }
}
