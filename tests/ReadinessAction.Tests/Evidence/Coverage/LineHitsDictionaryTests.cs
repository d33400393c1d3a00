using ReadinessAction.Evidence.Coverage;

namespace ReadinessAction.Tests.Evidence.Coverage;

public sealed class LineHitsDictionaryTests
{
    [Fact]
    public void Lines_come_back_in_line_order_with_their_hits_and_branches()
    {
        var lines = new LineHitsDictionary();
        lines.Add(7, new LineHits(3, 2, 1));
        lines.Add(2, new LineHits(0, 0, 0));
        lines.Add(5, new LineHits(12, 0, 0));

        Assert.Equal([2, 5, 7], lines.Keys);
        Assert.Equal(new LineHits(3, 2, 1), lines[7]);
        Assert.Equal(new LineHits(0, 0, 0), lines[2]);
        Assert.Equal(3, lines.Count);
        Assert.False(lines.ContainsKey(3));
    }

    [Fact]
    public void New_lines_with_branches_added_in_a_row_keep_their_branches_and_lines_without_get_none()
    {
        var lines = new LineHitsDictionary();
        lines.Add(1, new LineHits(5, 0, 0));
        lines.Add(2, new LineHits(0, 4, 3));
        lines.Add(3, new LineHits(0, 0, 0));
        lines.Add(4, new LineHits(2, 255, 255));

        Assert.Equal([new LineHits(5, 0, 0), new LineHits(0, 4, 3), new LineHits(0, 0, 0), new LineHits(2, 255, 255)], lines.Values);
        Assert.Equal(new CoverageTotals(4, 3, 259, 258), lines.Totals());
    }

    [Fact]
    public void A_line_added_twice_is_combined_and_counted_once()
    {
        var lines = new LineHitsDictionary();
        lines.Add(4, new LineHits(1, 2, 0));
        lines.Add(4, new LineHits(2, 2, 2));

        Assert.Equal(new LineHits(3, 2, 2), Assert.Single(lines).Value);
    }

    [Fact]
    public void Hits_and_branches_too_large_to_pack_are_kept_exactly()
    {
        var lines = new LineHitsDictionary();
        lines.Add(1, new LineHits(long.MaxValue - 1, 70_000, 69_999));
        lines.Add(2, new LineHits(uint.MaxValue, 0, 0));
        lines.Add(3, new LineHits(1, 300, 255));
        lines.Add(1, new LineHits(0, 0, 0));

        Assert.Equal(new LineHits(long.MaxValue - 1, 70_000, 69_999), lines[1]);
        Assert.Equal(uint.MaxValue, lines[2].Hits);
        Assert.Equal(new LineHits(1, 300, 255), lines[3]);
    }

    [Fact]
    public void Lines_stored_before_a_larger_count_widens_the_arrays_keep_their_values()
    {
        var lines = new LineHitsDictionary();
        for (var line = 1; line <= 300; line++)
        {
            lines.Add(line, new LineHits(line % 7, line % 3 == 0 ? 2 : 0, line % 6 == 0 ? 1 : 0));
        }

        lines.Add(301, new LineHits(70_000, 255, 200));
        lines.Add(302, new LineHits(300, 16, 15));

        Assert.Equal(302, lines.Count);
        Assert.All(lines.Where(pair => pair.Key <= 300), pair => Assert.Equal(
            new LineHits(pair.Key % 7, pair.Key % 3 == 0 ? 2 : 0, pair.Key % 6 == 0 ? 1 : 0), pair.Value));
        Assert.Equal(new LineHits(70_000, 255, 200), lines[301]);
        Assert.Equal(new LineHits(300, 16, 15), lines[302]);
    }

    [Fact]
    public void Far_apart_line_numbers_are_kept_without_an_array_up_to_the_last()
    {
        var lines = new LineHitsDictionary();
        lines.Add(10, new LineHits(1, 0, 0));
        lines.Add(2_000_000_000, new LineHits(5, 0, 0));
        lines.AddBranches(10, 2, 1);

        Assert.Equal([10, 2_000_000_000], lines.Keys);
        Assert.Equal(new LineHits(1, 2, 1), lines[10]);
        Assert.Equal(5, lines[2_000_000_000].Hits);
    }

    [Fact]
    public void Branches_added_to_a_new_line_make_it_coverable_with_no_hits()
    {
        var lines = new LineHitsDictionary();
        lines.AddBranches(3, 1, 1);
        lines.AddBranches(3, 1, 0);

        Assert.Equal(new LineHits(0, 2, 1), lines[3]);
    }

    [Fact]
    public void Lines_without_branches_beside_lines_with_them_keep_none_and_combine_later()
    {
        var lines = new LineHitsDictionary();
        lines.Add(9, new LineHits(1, 4, 2));
        lines.Add(3, new LineHits(5, 0, 0));
        lines.Add(70_000, new LineHits(70_000, 0, 0));
        lines.Add(3, new LineHits(1, 2, 1));
        lines.Add(8, new LineHits(0, 0, 0));

        Assert.Equal([3, 8, 9, 70_000], lines.Keys);
        Assert.Equal(new LineHits(6, 2, 1), lines[3]);
        Assert.Equal(new LineHits(0, 0, 0), lines[8]);
        Assert.Equal(new LineHits(1, 4, 2), lines[9]);
        Assert.Equal(new CoverageTotals(4, 3, 6, 3), lines.Totals());
    }
}
