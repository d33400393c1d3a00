using ReadinessAction.Evidence.Coverage;

namespace ReadinessAction.Tests.Evidence.Coverage;

public sealed class CoverageSetMergeTests
{
    [Fact]
    public void Merge_is_by_file_and_line_never_by_averaging_percentages()
    {
        var small = Set(("core/a.cs", Lines(10, hits: 1)));
        var large = Set(("svc/b.cs", Lines(100, hits: 0)));

        var merged = CoverageSet.Merge([small, large]);

        // 10 of 110 lines (9%), not the 50% an average of 100% and 0% would claim.
        Assert.Equal(new CoverageTotals(110, 10, 0, 0), merged.Totals);
    }

    [Fact]
    public void Line_covered_in_any_report_is_covered()
    {
        var unit = Set(("a.cs", new Dictionary<int, LineHits> { [1] = new(0, 0, 0), [2] = new(1, 0, 0) }));
        var integration = Set(("a.cs", new Dictionary<int, LineHits> { [1] = new(2, 0, 0), [3] = new(0, 0, 0) }));

        var merged = CoverageSet.Merge([unit, integration]);

        Assert.Equal(new CoverageTotals(3, 2, 0, 0), merged.Totals);
        Assert.Equal(2, Assert.Single(merged.Files).Lines[1].Hits);
    }

    [Fact]
    public void Same_line_keeps_the_better_branch_coverage_and_hits_saturate()
    {
        var first = Set(("a.cs", new Dictionary<int, LineHits> { [5] = new(long.MaxValue, 4, 1) }));
        var second = Set(("a.cs", new Dictionary<int, LineHits> { [5] = new(7, 4, 3) }));

        var line = Assert.Single(CoverageSet.Merge([first, second]).Files).Lines[5];

        Assert.Equal(new LineHits(long.MaxValue, 4, 3), line);
    }

    [Fact]
    public void Reports_of_different_formats_merge_and_filter_by_path()
    {
        var cobertura = CoverageReading.Fixture("cobertura_coverlet.xml").Set;
        var lcov = CoverageReading.Fixture("lcov_c8.info").Set;

        var merged = CoverageSet.Merge([cobertura, lcov]);

        Assert.Equal(cobertura.Totals.LinesValid + lcov.Totals.LinesValid, merged.Totals.LinesValid);
        Assert.Equal(new CoverageTotals(2, 1, 2, 0), merged.TotalsWhere(p => p.Contains("/svc/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Line_with_a_taken_branch_counts_as_covered_even_with_zero_hits()
    {
        Assert.True(new LineHits(0, 2, 1).IsCovered);
        Assert.False(new LineHits(0, 2, 0).IsCovered);
    }

    private static Dictionary<int, LineHits> Lines(int count, long hits) =>
        Enumerable.Range(1, count).ToDictionary(n => n, _ => new LineHits(hits, 0, 0));

    private static CoverageSet Set(params (string Path, Dictionary<int, LineHits> Lines)[] files) =>
        new([.. files.Select(f => new FileCoverage(f.Path, f.Lines))]);
}
