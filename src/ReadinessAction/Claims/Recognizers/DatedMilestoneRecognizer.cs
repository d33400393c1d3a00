using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A milestone line whose value is the date it was reached and a done marker: "- **Code Complete**: March 3, 2025 ✅",
/// "- Beta: 2025-03-01 ✅". The milestone is said to be done; the date is no figure to check.
/// </summary>
public sealed partial class DatedMilestoneRecognizer : IClaimRecognizer
{
    private const string Month = TermPatterns.MonthNames;

    /// <summary>The value after the key: only markers, emphasis and one date ("October 16, 2025", "16. Oktober 2025", "2025-10-16", "16/10/2025", "2025年10月16日").</summary>
    [GeneratedRegex(
        @"^[\s*_✅✔️☑✓]*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}/\d{1,2}/\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|" +
        Month + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+(?:de\s+)?" + Month + @"\.?\s+(?:de\s+)?\d{4})[\s*_✅✔️☑✓]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateValue { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        var text = source.Text;
        var colon = text.IndexOfAny([':', '：']);
        if (colon <= 0 || source.Origin is ClaimOrigin.Heading or ClaimOrigin.TableRow or ClaimOrigin.FrontMatter || !StatusMarkers.HasDone(text) || StatusMarkers.HasNotDone(text))
        {
            return;
        }

        var key = StatusMarkers.Strip(text[..colon]).Trim('*', '_', ' ');
        if (key.Length == 0 || !DateValue.IsMatch(text[(colon + 1)..]) || LineContext.StatesConditions(source))
        {
            return;
        }

        collector.Add(collector.New(ClaimKind.StatusRollup, StatusMarkers.DescribeDone(text), 0, text.Length) with { Subject = key }, [.. collector.Free]);
    }
}
