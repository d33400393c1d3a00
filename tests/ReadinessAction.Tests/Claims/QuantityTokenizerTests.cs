using ReadinessAction.Claims;

namespace ReadinessAction.Tests.Claims;

public sealed class QuantityTokenizerTests
{
    [Theory]
    [InlineData("87% coverage", QuantityShape.Percent, 87, Comparison.Exactly, "87%")]
    [InlineData("coverage 92.89\u202F% now", QuantityShape.Percent, 92.89, Comparison.Exactly, "92.89\u202F%")]
    [InlineData("Testabdeckung 87,5 %", QuantityShape.Percent, 87.5, Comparison.Exactly, "87,5 %")]
    [InlineData("target: >80%", QuantityShape.Percent, 80, Comparison.GreaterThan, ">80%")]
    [InlineData("coverage ≥ 80%", QuantityShape.Percent, 80, Comparison.AtLeast, "≥ 80%")]
    [InlineData("threshold (80%+)", QuantityShape.Percent, 80, Comparison.AtLeast, "80%+")]
    [InlineData("at least 70 % branches", QuantityShape.Percent, 70, Comparison.AtLeast, "at least 70 %")]
    [InlineData("550+ tests", QuantityShape.Number, 550, Comparison.AtLeast, "550+")]
    [InlineData("p95 < 500ms", QuantityShape.Number, 500, Comparison.LessThan, "< 500")]
    [InlineData("1,943 tests", QuantityShape.Number, 1943, Comparison.Exactly, "1,943")]
    [InlineData("10 000 tests", QuantityShape.Number, 10000, Comparison.Exactly, "10 000")]
    public void Single_quantities_are_read_with_their_comparator(string text, QuantityShape shape, double value, Comparison comparison, string raw)
    {
        var q = Assert.Single(QuantityTokenizer.Tokenize(text));
        Assert.Equal((shape, value, comparison, raw), (q.Shape, q.Value, q.Comparison, q.Raw));
    }

    [Fact]
    public void Ranges_keep_both_ends()
    {
        var q = Assert.Single(QuantityTokenizer.Tokenize("62 tests, 85-90% coverage"), t => t.IsPercent);
        Assert.Equal((85d, 90d, Comparison.Between), (q.Value, q.Upper!.Value, q.Comparison));
    }

    [Theory]
    [InlineData("24/27 resilience tests", 24, 27, "resilience")]
    [InlineData("1,943 / 2,133 pass", 1943, 2133, "pass")]
    [InlineData("7 of 24 items", 7, 24, "items")]
    [InlineData("0 / 20 items (0%)", 0, 20, "items")]
    public void Ratios_keep_numerator_denominator_and_the_word_after(string text, double numerator, double denominator, string unit)
    {
        var q = QuantityTokenizer.Tokenize(text)[0];
        Assert.Equal((QuantityShape.Ratio, numerator, denominator, unit), (q.Shape, q.Value, q.Denominator!.Value, q.UnitWord));
    }

    [Theory]
    [InlineData("p95 latency")]
    [InlineData("v1.0.0 release")]
    [InlineData("CVE-2026-1703 fixed")]
    [InlineData("P1-P4 levels")]
    [InlineData("retention (30/12/6)")]
    public void Numbers_glued_to_words_or_chains_are_not_quantities(string text) =>
        Assert.DoesNotContain(QuantityTokenizer.Tokenize(text), q => q.IsRatio || q.Raw is "95" or "1.0" or "2026" or "1" or "4");
}
