using System.Text.RegularExpressions;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>"MCP Methods (56 Total)", "Endpoints: 12 total": a count whose parts are listed under it.</summary>
public sealed partial class SumTotalRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var text = collector.Source.Text;
        foreach (var q in collector.Free.Where(q => q.Shape == QuantityShape.Number).ToList())
        {
            var totalAfter = q.UnitWord == "total";
            var totalBefore = TotalBefore().IsMatch(text[..q.Start]);
            if (!totalAfter && !totalBefore)
            {
                continue;
            }

            var unit = UnitNoun().Match(text).Groups["unit"].Value.ToLowerInvariant();
            if (unit.Length == 0)
            {
                continue;
            }

            var end = totalAfter ? text.IndexOf("total", q.End, StringComparison.OrdinalIgnoreCase) + 5 : q.End;
            collector.Add(collector.New(ClaimKind.OtherMetric, $"{q.Raw} {unit}", q.Start, end) with { Value = q, Subject = unit }, q);
        }
    }

    [GeneratedRegex(@"\btotal\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TotalBefore();

    /// <summary>The plural noun the total counts: the last word before the parenthesis or colon ("MCP Methods").</summary>
    [GeneratedRegex(@"(?<unit>[\p{L}]+s)\s*[(:]")]
    private static partial Regex UnitNoun();
}
