using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A number about something a CI run or the repository can check that no other kind covers: "7 moderate
/// vulnerabilities", "(6 open to-do markers)", "1.37 KB", "(12h TTL)", "Max complexity: 10", "Critical vulnerabilities = 0".
/// Not runtime or business figures (uptime, users, ROI), not lines under targets, criteria or rollback triggers.
/// </summary>
public sealed partial class OtherMetricRecognizer : IClaimRecognizer
{
    private static readonly Regex NounAfter = new(
        @"\G[\s\u00A0]*(?:[\p{L}'-]+\s+){0,2}?" + LineTerms.Pattern("fact-nouns") + "|" + @"\G[\s\u00A0]*" + LineTerms.Pattern("fact-nouns"),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex UnitAfter = new(@"\G[\s\u00A0]?" + LineTerms.Pattern("fact-units", glued: true), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex FactLabel = new(
        "(?:" + LineTerms.Pattern("fact-subjects") + "|" + LineTerms.Pattern("fact-nouns") + "|" + LineTerms.Pattern("fact-keys") + @")[^:=]{0,20}[:=]\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin is ClaimOrigin.Heading or ClaimOrigin.TableRow || LineContext.StatesConditions(source) ||
            LineContext.OpensWithPlanKey(source.Text) || LineTerms.Of("host-requirements").IsMatch(source.Text))
        {
            return;
        }

        var text = source.Text;
        foreach (var q in collector.Free.ToList())
        {
            if (q.IsRatio || IsDate(text, q) || (q.IsPercent && !FactLabel.IsMatch(text[..q.Start])) || Ranking().IsMatch(text[Math.Max(0, q.Start - 12)..q.Start]) ||
                LineTerms.Of("runtime-metrics").IsMatch(source.ClauseAround(q.Start, q.End)))
            {
                continue;
            }

            var noun = NounAfter.Match(text, q.End);
            var unit = UnitAfter.Match(text, q.End);
            if (unit.Success && !noun.Success && IsEffortEstimate(q, unit.Value) && !Setting().IsMatch(text, unit.Index + unit.Length))
            {
                continue;
            }

            var end = noun.Success ? noun.Index + noun.Length : unit.Success ? unit.Index + unit.Length : q.End;
            if (!noun.Success && !unit.Success && !FactLabel.IsMatch(text[..q.Start]))
            {
                continue;
            }

            collector.Add(collector.New(ClaimKind.OtherMetric, text[q.Start..end].Trim(), q.Start, end) with { Value = q }, q);
        }
    }

    /// <summary>"2025-11-17": a date is when, never a figure.</summary>
    private static bool IsDate(string text, Quantity q) =>
        DateAround().IsMatch(text[Math.Max(0, q.Start - 8)..Math.Min(text.Length, q.End + 8)]);

    [GeneratedRegex(@"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b")]
    private static partial Regex DateAround();

    /// <summary>"(2h)", "(1 hour)", "30 days": a whole number of hours, minutes or days without a comparator is an effort
    /// or a schedule; "71.91s", "&lt; 2 minutes", "1+ hour" and milliseconds are measurements.</summary>
    private static bool IsEffortEstimate(Quantity q, string unit) =>
        q.Comparison == Comparison.Exactly && !q.Raw.Contains('.', StringComparison.Ordinal) && !q.Raw.Contains(',', StringComparison.Ordinal) &&
        CoarseDuration().IsMatch(unit.Trim());

    /// <summary>"(12h TTL)", "30 days retention": a duration that configures something.</summary>
    [GeneratedRegex(@"\G[\s-]*(?:ttl|retention|timeout|expiry|expiration|interval|window|cache)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Setting();

    [GeneratedRegex(@"^(?:s|sec|secs|seconds|min|mins|minutes|h|hour|hours|d|days)$", RegexOptions.IgnoreCase)]
    private static partial Regex CoarseDuration();

    [GeneratedRegex(@"\b(?:top|step|phase|task|version|v|sprint|week|day|at)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Ranking();
}
