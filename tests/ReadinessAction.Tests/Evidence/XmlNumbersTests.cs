using ReadinessAction.Evidence;

namespace ReadinessAction.Tests.Evidence;

public sealed class XmlNumbersTests
{
    [Theory]
    [InlineData("12", 12L)]
    [InlineData(" 12 ", 12L)]
    [InlineData("1,234", 1234L)]
    [InlineData("1.0", 1L)]
    [InlineData("3000000000", 3_000_000_000L)]
    [InlineData("", null)]
    [InlineData("n/a", null)]
    [InlineData(null, null)]
    public void Counts_are_read_leniently_and_invariantly(string? text, long? expected) =>
        Assert.Equal(expected, XmlNumbers.ParseLong(text));

    [Theory]
    [InlineData("0.25", 0.25)]
    [InlineData("0,25", 0.25)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1e-3", 0.001)]
    [InlineData("NaN", null)]
    [InlineData("abc", null)]
    public void Durations_accept_a_decimal_comma(string text, double? expected) =>
        Assert.Equal(expected, XmlNumbers.ParseDouble(text));

    [Fact]
    public void An_int_that_does_not_fit_is_no_number()
    {
        Assert.Null(XmlNumbers.ParseInt("3000000000"));
        Assert.Equal(7, XmlNumbers.ParseInt("7"));
    }
}
