using System.Xml;

using ReadinessAction.Diagnostics;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Coverage;

namespace ReadinessAction.Tests.Evidence.Coverage;

/// <summary>The readers' counts and line numbers: plain digits are read inline, anything else as XmlNumbers reads it.</summary>
public sealed class CoverageNumberTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("0", 0)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData(" 7 ", 7)]
    [InlineData("1,234", 1234)]
    [InlineData("12.0", 12)]
    [InlineData("-3", -3)]
    [InlineData("2147483648", null)]
    [InlineData("999999999999999999", null)]
    [InlineData("1234567890123456789", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("x1", null)]
    [InlineData("\u0661", null)]
    public void Line_numbers_read_plain_digits_inline_and_other_forms_as_before(string? text, int? expected)
    {
        Assert.Equal(expected, XmlNumbers.ParseInt(text));
    }

    [Theory]
    [InlineData("12", 12L)]
    [InlineData("999999999999999999", 999999999999999999L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("1,234", 1234L)]
    [InlineData("3.0", 3L)]
    [InlineData("-1", null)]
    [InlineData("x", null)]
    [InlineData(null, null)]
    public void Counts_read_plain_digits_inline_and_other_forms_as_before(string? text, long? expected)
    {
        using var xml = XmlReader.Create(new StringReader("<line/>"));
        xml.Read();
        var context = new CoverageReadContext("cov.xml", new DiagnosticBag());

        Assert.Equal(expected, context.Count(xml, "hits", text));
    }
}
