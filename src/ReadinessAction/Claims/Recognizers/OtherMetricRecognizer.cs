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
    [GeneratedRegex(
        @"\G[\s\u00A0]*(?:[\p{L}'-]+\s+){0,2}?" + TermPatterns.FactNouns + "|" + @"\G[\s\u00A0]*" + TermPatterns.FactNouns,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounAfter { get; }

    [GeneratedRegex(@"\G[\s\u00A0]*" + TermPatterns.PercentStates, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentState { get; }

    [GeneratedRegex(@"\G[\s\u00A0-]?" + TermPatterns.FactUnitsGlued, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter { get; }

    [GeneratedRegex(
        "(?:" + TermPatterns.FactSubjects + "|" + TermPatterns.FactNouns + "|" + TermPatterns.FactKeys + @")[^:=]{0,20}[:=]\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FactLabel { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin is ClaimOrigin.Heading or ClaimOrigin.TableRow || LineContext.StatesConditions(source) ||
            LineContext.OpensWithPlanKey(source.Text) || LineTerms.Occurs("host-requirements", source.Text))
        {
            return;
        }

        var text = source.Text;
        foreach (var q in collector.Free.ToList())
        {
            if (Restates(collector, text, q))
            {
                continue;
            }

            var compared = IsCompared(text, q);
            var score = q.IsRatio && IsKeyedScore(text, q);
            var state = q.IsPercent ? PercentState.Match(text, q.End) : Match.Empty;
            if ((q.IsRatio && !score) || IsDate(text, q) || (q.IsPercent && !compared && !IsFactLabel(text, q) && !state.Success) ||
                LineTerms.Matches("runtime-metrics", source.ClauseAround(q.Start, q.End)) || Advised().IsMatch(text[..q.Start]))
            {
                continue;
            }

            var noun = NounAfter.Match(text, q.End);
            var unit = UnitAfter.Match(text, q.End);
            if ((!unit.Success && Ranking().IsMatch(text[Math.Max(0, q.Start - 12)..q.Start])) ||
                (unit.Success && !noun.Success && IsEffortEstimate(q, unit.Value) && !Setting().IsMatch(text, unit.Index + unit.Length) && !SettingBefore().IsMatch(text[..q.Start])))
            {
                continue;
            }

            if (compared && !unit.Success && !noun.Success && (!ClosesValue().IsMatch(text[q.End..]) || LineTerms.Occurs("runtime-metrics", text)))
            {
                continue;
            }

            var end = noun.Success ? noun.Index + noun.Length : unit.Success ? unit.Index + unit.Length : state.Success ? state.Index + state.Length : q.End;
            if (!noun.Success && !unit.Success && !compared && !score && !state.Success && !IsFactLabel(text, q) && !CountOfNoun(text, q))
            {
                continue;
            }

            collector.Add(collector.New(ClaimKind.OtherMetric, text[q.Start..end].Trim(), q.Start, end) with { Value = q }, q);
        }
    }

    /// <summary>"CLS ≤ 0.1", "**Performance**: ≥ 90", "hit ratio > 90%": a figure compared by a sign after a named key.</summary>
    /// <summary>"Bundle size: 45%": a fact's label ends right before the value (only a colon or "=" can end one).</summary>
    private static bool IsFactLabel(string text, Quantity q) =>
        text.AsSpan(0, q.Start).TrimEnd() is [.., ':' or '='] && FactLabel.IsMatch(text[..q.Start]);

    private static bool IsCompared(string text, Quantity q) =>
        q.Comparison is not (Comparison.Exactly or Comparison.Between) && q.Raw.Length > 0 && !char.IsDigit(q.Raw[0]) &&
        KeyBefore().IsMatch(text[..q.Start]) && !LineTerms.Occurs("coverage-words", text);

    /// <summary>"**Readability:** 90/100": a quality score out of ten or a hundred given as a key's value.</summary>
    private static bool IsKeyedScore(string text, Quantity q) =>
        q.Denominator is 10 or 100 && q.Comparison == Comparison.Exactly && ScoreKey().IsMatch(text[..q.Start]) && !LineTerms.Occurs("coverage-words", text);

    [GeneratedRegex(@"^[^\p{L}]*\p{L}[^:：]{1,40}[:：][*_]*\s*$")]
    private static partial Regex ScoreKey();

    /// <summary>A compared bare figure ends its clause ("**CLS**: &lt; 0.1", "(target: &gt;90)"); "≥ 50 claimed users" counts something else.</summary>
    [GeneratedRegex(@"^\s*(?:$|[)）|✅])")]
    private static partial Regex ClosesValue();

    /// <summary>"ESLint warnings (55)", "npm audit vulnerabilities (7)": a counted noun with its count in parentheses.</summary>
    private static bool CountOfNoun(string text, Quantity q) =>
        q.Comparison == Comparison.Exactly && q.End < text.Length && text[q.End] is ')' or '）' && NounBefore.IsMatch(text[..q.Start]);

    [GeneratedRegex(TermPatterns.FactNouns + @"\s*[(（]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounBefore { get; }

    [GeneratedRegex(@"\p{L}{2,}[^\p{L}\d]{0,8}$")]
    private static partial Regex KeyBefore();

    /// <summary>"Metrics retention configured (30 days)", "JWT expiration (168 hours)": a duration that configures a setting named before it.</summary>
    [GeneratedRegex(@"\b(?:ttl|retention|timeout|time-out|expir\w*|interval|rotation|lifetime|тайм-аут\w*|таймаут\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SettingBefore();

    /// <summary>"168 hours = 7 days", "10 минут / 10 minutes", "Кэш 100% здоров / Cache 100% healthy": the same figure
    /// said again in other units or, after " / ", in another language.</summary>
    private static bool Restates(ClaimCollector collector, string text, Quantity q) =>
        collector.Claims.Any(c => c.Kind == ClaimKind.OtherMetric && c.SpanEnd <= q.Start && (
            (Restatement().IsMatch(text[..q.Start]) && q.Start - c.SpanEnd <= 16 && (text[..q.Start].TrimEnd().EndsWith('=') || c.Value?.Value == q.Value)) ||
            (c.Value?.Value == q.Value && c.Value.IsPercent == q.IsPercent && text[c.SpanEnd..q.Start].Contains(" / ", StringComparison.Ordinal))));

    [GeneratedRegex(@"\s[=/]\s*$")]
    private static partial Regex Restatement();

    /// <summary>"(recommended: 1 hour)": the figure advises.</summary>
    [GeneratedRegex(@"\b(?:recommended|suggested|empfohlen|recommandé|recomendado)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Advised();

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

    [GeneratedRegex(@"^-?(?:s|sec|secs|seconds|min|mins|minutes|h|hour|hours|d|day|days|week|weeks|month|months|year|years|分钟|минут|минуты)$", RegexOptions.IgnoreCase)]
    private static partial Regex CoarseDuration();

    [GeneratedRegex(@"\b(?:top|step|phase|task|version|v|sprint|week|day|at)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Ranking();
}
