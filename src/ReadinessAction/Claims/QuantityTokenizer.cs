using System.Globalization;
using System.Text.RegularExpressions;

namespace ReadinessAction.Claims;

/// <summary>
/// The one tokenizer for quantities that every recogniser shares: numbers with thousands separators in any Unicode
/// space, decimal points or commas, percentages, ranges (85-90%), ratios (24/27, 1,943 / 2,133, 7 of 24),
/// comparators (&gt;, ≥, &gt;=, at least, minimum, ...) and the <c>+</c> suffix.
/// </summary>
public static partial class QuantityTokenizer
{
    public static IReadOnlyList<Quantity> Tokenize(string text) => Tokenize(text, int.MaxValue);

    /// <summary>The first <paramref name="max"/> quantities of the text; the rest of a long line is not scanned.</summary>
    public static IReadOnlyList<Quantity> Tokenize(string text, int max)
    {
        var found = new List<Quantity>();
        var position = 0;
        while (position < text.Length && found.Count < max)
        {
            var match = NumberPattern().Match(text, position);
            if (!match.Success)
            {
                break;
            }

            var quantity = Read(text, match);
            if (quantity is null)
            {
                position = match.Index + match.Length;
                continue;
            }

            found.Add(quantity);
            position = Math.Max(quantity.End, match.Index + match.Length);
        }

        return found;
    }

    /// <summary>"1,943" and "1 943" are thousands; "87,5" and "92.89" are decimals; "1.234.567" is thousands.</summary>
    public static double ParseNumber(string raw)
    {
        var digits = new string([.. raw.Where(c => char.IsAsciiDigit(c) || c is '.' or ',')]);
        var commas = digits.Count(c => c == ',');
        var dots = digits.Count(c => c == '.');
        string invariant;
        if (commas > 0 && dots > 0)
        {
            var decimalMark = digits.LastIndexOf('.') > digits.LastIndexOf(',') ? '.' : ',';
            var thousands = decimalMark == '.' ? "," : ".";
            invariant = digits.Replace(thousands, "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (commas == 1 && digits.Length - digits.IndexOf(',') - 1 != 3)
        {
            invariant = digits.Replace(',', '.');
        }
        else if (dots > 1)
        {
            invariant = digits.Replace(".", "", StringComparison.Ordinal);
        }
        else
        {
            invariant = digits.Replace(",", "", StringComparison.Ordinal);
        }

        return double.Parse(invariant, CultureInfo.InvariantCulture);
    }

    private static Quantity? Read(string text, Match number)
    {
        var value = ParseNumber(number.Value);
        var end = number.Index + number.Length;
        var shape = QuantityShape.Number;
        double? upper = null;
        double? denominator = null;
        var comparison = Comparison.Exactly;

        var percent = PercentAfter().Match(text, end);
        if (percent.Success && percent.Index == end)
        {
            shape = QuantityShape.Percent;
            end += percent.Length;
        }

        var range = RangeAfter().Match(text, end);
        if (range.Success && range.Index == end && (shape == QuantityShape.Percent || range.Groups["pct"].Success))
        {
            shape = QuantityShape.Percent;
            upper = ParseNumber(range.Groups["n"].Value);
            comparison = Comparison.Between;
            end += range.Length;
        }
        else if (shape == QuantityShape.Number && RatioAfter().Match(text, end) is { Success: true } ratio && ratio.Index == end)
        {
            if (ChainAfter().Match(text, end + ratio.Length) is { Success: true } chain && chain.Index == end + ratio.Length)
            {
                return null;
            }

            shape = QuantityShape.Ratio;
            denominator = ParseNumber(ratio.Groups["n"].Value);
            end += ratio.Length;
        }

        if (end < text.Length && text[end] == '+')
        {
            comparison = Comparison.AtLeast;
            end++;
        }

        var start = number.Index;
        if (comparison == Comparison.Exactly && ComparatorBefore().Match(text[..start]) is { Success: true } comparator)
        {
            comparison = ToComparison(comparator.Groups["c"].Value);
            start = comparator.Groups["c"].Index;
        }

        var unit = UnitAfter().Match(text, end);
        return new Quantity(shape, value, comparison, start, end, text[start..end].Trim())
        {
            Upper = upper,
            Denominator = denominator,
            UnitWord = unit.Success && unit.Index == end ? unit.Groups["u"].Value.ToLowerInvariant() : "",
        };
    }

    private static Comparison ToComparison(string comparator) => comparator.ToLowerInvariant() switch
    {
        "~" or "≈" => Comparison.Exactly,
        ">" or "over" or "above" or "more than" or "greater than" => Comparison.GreaterThan,
        "<" or "under" or "below" or "less than" or "fewer than" => Comparison.LessThan,
        "≤" or "<=" or "=<" or "up to" or "at most" or "maximum" or "max" or "max." => Comparison.AtMost,
        _ => Comparison.AtLeast,
    };

    // A number not glued to a word ("p95", "v1.0", "CVE-2026"): digits with thousands separators or a decimal part.
    // Chinese and Japanese write no spaces, so a number right after an ideograph or kana stands alone ("分類7件").
    [GeneratedRegex(@"(?<!(?![\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])[\p{L}\d.,_/-])(?:\d{1,3}(?:[,\u00A0\u202F\u2009\u2007 ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\d_]|\.\d)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\G[\s\u00A0\u202F\u2009]?(?:[%％]|\s?percent\b|\s?pct\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentAfter();

    [GeneratedRegex(@"\G\s?(?:-|–|—|to)\s?(?<n>\d+(?:[.,]\d+)?)(?<pct>[\s\u00A0\u202F]?[%％])?", RegexOptions.IgnoreCase)]
    private static partial Regex RangeAfter();

    [GeneratedRegex(@"\G(?:\s?/\s?|\s+(?:of|out of)\s+)(?<n>\d{1,3}(?:[,\u00A0\u202F ]\d{3})+|\d+)(?![\d.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex RatioAfter();

    [GeneratedRegex(@"\G\s?/\s?\d")]
    private static partial Regex ChainAfter();

    [GeneratedRegex(@"(?<c>≥|≤|>=|=>|<=|=<|>|<|~|≈|\bat least|\bminimum(?: of)?|\bmin\.?|\bmax(?:imum|\.)?|\bmore than|\bgreater than|\bover|\babove|\bup to|\bat most|\bless than|\bfewer than|\bunder|\bbelow)\s*[:(]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparatorBefore();

    [GeneratedRegex(@"\G\s?(?<u>[\p{L}]+)")]
    private static partial Regex UnitAfter();
}
