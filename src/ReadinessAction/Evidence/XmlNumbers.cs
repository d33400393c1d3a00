using System.Globalization;
using System.Runtime.CompilerServices;

namespace ReadinessAction.Evidence;

/// <summary>
/// Lenient, culture-invariant numbers from attribute values. Counts accept "12", " 12 ", "12.0" and "1,234";
/// durations accept a decimal comma ("0,5") because some producers write the machine's locale.
/// </summary>
public static class XmlNumbers
{
    public static long? ParseLong(string? text)
    {
        if (PlainDigits(text) is var plain and >= 0)
        {
            return plain;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text.Trim(), NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        // Float counters ("1.0") exist in the wild (e.g. Cobertura from Swift tooling).
        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number) && number >= long.MinValue && number <= long.MaxValue
            ? (long)number
            : null;
    }

    /// <summary>As <see cref="ParseLong(string?)"/>, without making a string in the common case of plain digits.</summary>
    public static long? ParseLong(ReadOnlySpan<char> text) => PlainDigits(text) is var plain and >= 0 ? plain : ParseLong(text.ToString());

    /// <summary>As <see cref="ParseInt(string?)"/>, without making a string in the common case of plain digits.</summary>
    public static int? ParseInt(ReadOnlySpan<char> text) => PlainDigits(text) is var plain and >= 0 and <= int.MaxValue ? (int)plain : ParseInt(text.ToString());

    /// <summary>The common case, "0" to "999999999999999999", without trimming or culture; -1 for anything else.
    /// Small enough to inline into a reader's per-record code, where nearly every value is plain digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long PlainDigits(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 18)
        {
            return -1;
        }

        long value = 0;
        foreach (var c in text)
        {
            var digit = (uint)(c - '0');
            if (digit > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? ParseInt(string? text) =>
        PlainDigits(text) is var plain and >= 0 and <= int.MaxValue ? (int)plain : ParseIntAny(text);

    private static int? ParseIntAny(string? text)
    {
        var value = ParseLong(text);
        return value is null || value.Value > int.MaxValue || value.Value < int.MinValue ? null : (int)value.Value;
    }

    public static double? ParseDouble(string? text)
    {
        if (PlainDecimal(text) is { } plain)
        {
            return plain;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();

        // A comma alone is a decimal comma; next to a point it separates thousands.
        var normalized = trimmed.Contains('.', StringComparison.Ordinal)
            ? trimmed.Replace(",", "", StringComparison.Ordinal)
            : trimmed.Replace(',', '.');
        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : null;
    }

    /// <summary>Exact powers of ten as doubles: every one up to 10^22 is.</summary>
    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>
    /// The common duration, "0.123" or "12": at most 15 digits with at most one point between them, null for anything
    /// else. Its digits as an integer below 2^53 and the power of ten are both exact doubles, and a division is
    /// correctly rounded, so this is the very double <see cref="double.TryParse(string?, out double)"/> gives.
    /// </summary>
    private static double? PlainDecimal(string? text)
    {
        if (text is null || text.Length is 0 or > 16)
        {
            return null;
        }

        long digits = 0;
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                digits = (digits * 10) + digit;
            }
            else if (text[i] == '.' && point < 0 && i > 0 && i < text.Length - 1)
            {
                point = i;
            }
            else
            {
                return null;
            }
        }

        if (point < 0 && text.Length > 15)
        {
            return null;
        }

        return point < 0 ? digits : digits / PowersOfTen[text.Length - 1 - point];
    }
}
