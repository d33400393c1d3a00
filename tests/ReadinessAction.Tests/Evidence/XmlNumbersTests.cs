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

    [Theory]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("0.000")]
    [InlineData("0")]
    [InlineData("1.005")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456")]
    [InlineData("12345678901234.5")]
    [InlineData("1234567890123.45")]
    [InlineData("0.12345678901234")]
    [InlineData("9007199254740993")]
    [InlineData("0.30000000000000004")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    [InlineData("-0.5")]
    [InlineData("0.5 ")]
    public void Plain_decimals_read_as_the_general_parse_reads_them(string text) =>
        Assert.Equal(General(text), XmlNumbers.ParseDouble(text));

    [Fact]
    public void Every_plain_decimal_shape_reads_as_the_general_parse_reads_it()
    {
        var random = new Random(12);
        for (var i = 0; i < 20_000; i++)
        {
            var digits = string.Concat(Enumerable.Range(0, random.Next(1, 18)).Select(_ => (char)('0' + random.Next(10))));
            var point = random.Next(digits.Length + 1);
            var text = point == digits.Length ? digits : $"{digits[..point]}.{digits[point..]}";
            Assert.Equal(General(text), XmlNumbers.ParseDouble(text));
        }
    }

    private static double? General(string text) =>
        double.TryParse(text.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    [Fact]
    public void An_int_that_does_not_fit_is_no_number()
    {
        Assert.Null(XmlNumbers.ParseInt("3000000000"));
        Assert.Equal(7, XmlNumbers.ParseInt("7"));
    }
}
