using System.Globalization;

namespace ReadinessAction.Evidence;

/// <summary>
/// Lenient invariant-culture parsing of counters found in artifacts: integers of any size up to 64 bits and
/// floats written for integers (<c>branches-valid="1.0"</c>). No thousands separators.
/// </summary>
public static class XmlNumbers
{
    /// <summary>Parses an integer or a float; a float is truncated toward zero and clamped to the long range.</summary>
    public static bool TryParseLong(string? text, out long value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) || !double.IsFinite(real))
        {
            return false;
        }

        value = real >= long.MaxValue ? long.MaxValue : real <= long.MinValue ? long.MinValue : (long)real;
        return true;
    }

    public static bool TryParseInt(string? text, out int value)
    {
        var ok = TryParseLong(text, out var wide);
        value = (int)Math.Clamp(wide, int.MinValue, int.MaxValue);
        return ok;
    }

    public static bool TryParseDouble(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
