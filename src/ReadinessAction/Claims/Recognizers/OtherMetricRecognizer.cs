using System.Text.RegularExpressions;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>Anything else measurable on an item or status line: "0 critical defects", "p95 &lt; 500ms", "462% ROI".
/// Reported as unverifiable; a line with no measurable context is not a claim.</summary>
public sealed partial class OtherMetricRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin is ClaimOrigin.Heading)
        {
            return;
        }

        var text = source.Text;
        foreach (var q in collector.Free.ToList())
        {
            var context = text[q.End..Math.Min(text.Length, q.End + 30)];
            var before = text[Math.Max(0, q.Start - 24)..q.Start];
            var compared = q.Comparison != Comparison.Exactly;
            var measurable = !Ranking().IsMatch(before) &&
                (q.IsPercent || MetricNoun().IsMatch(context) || (compared && (MetricUnit().IsMatch(q.UnitWord) || MetricBefore().IsMatch(before))));
            if (!measurable || q.IsRatio)
            {
                continue;
            }

            var noun = MetricNoun().Match(context);
            var unit = UnitAfter().Match(context);
            var end = q.End + (noun.Success ? noun.Length : unit.Success && MetricUnit().IsMatch(q.UnitWord) ? unit.Length : 0);
            collector.Add(collector.New(ClaimKind.OtherMetric, text[q.Start..end].Trim(), q.Start, end) with { Value = q }, q);
        }
    }

    [GeneratedRegex(@"\b(?:top|step|phase|task|version|v)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Ranking();

    [GeneratedRegex(@"^\s?[\p{L}]+")]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"^(?:ms|s|sec|secs|seconds|min|minutes|h|hours|mb|gb|kb|rps|qps|x)$", RegexOptions.IgnoreCase)]
    private static partial Regex MetricUnit();

    [GeneratedRegex(@"\b(?:p\d{2}|latency|response time|error rate|uptime|throughput|availability|hit rate|rate)\b[^\d]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MetricBefore();

    [GeneratedRegex(@"^\s*(?:critical\s+|high\s+|open\s+|known\s+)?(?:defects?|bugs?|vulnerabilit(?:y|ies)|incidents?|errors?|failures?|roi|uptime|concurrent users|users)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MetricNoun();
}
