using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// Completion figures of the line grammar: a score in a heading ("### Security ⚠️ 8/10", "## Tâches (15/15)",
/// "### Phase 0 (Complete - 100% ✅)"), a figure followed or keyed by a completion word in any language ("85%
/// confidence", "Confidence: 85%", "56 tasks (19.1%)", "完成度: 75%").
/// </summary>
public sealed partial class SectionScoreRecognizer : IClaimRecognizer
{
    [GeneratedRegex(@"\G[*_]*\s*[)）]?\s*(?:[-–=]\s*)?[*_]*" + TermPatterns.CompletionWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordAfter { get; }

    [GeneratedRegex(TermPatterns.CompletionKeys + @"[^:：\d]{0,24}[:：]\s*(?:[^\p{L}\d\s]\s*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyBefore { get; }

    [GeneratedRegex(TermPatterns.CompletionKeys + @"[^:：\d]{0,24}[:：][^\p{L}\d]*\d+(?:\.\d+)?\s*[%％]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadFigure { get; }

    [GeneratedRegex(TermPatterns.CompletionWords + @"\s*[-–:]?\s*(?:(?:à|at|zu|al|a|em)\s+)?[*_]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordBefore { get; }

    /// <summary>"**Score:** 60%" alone on its line: the section's score ("Security score: 60%" names an aspect and is no such key).</summary>
    [GeneratedRegex(@"^[^\p{L}\d]*" + TermPatterns.ScoreKeys + @"[*_]*\s*[:：]\s*[*_]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreKey { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin == ClaimOrigin.TableRow || LineContext.StatesConditions(source) || LineContext.OpensWithPlanKey(source.Text))
        {
            return; // "**Phase 2 Goal:** 95% complete": a figure to reach
        }

        var text = source.Text;
        foreach (var q in collector.Free.Where(q => q.IsPercent || q.IsRatio || q.Shape == QuantityShape.Number).ToList())
        {
            var before = text[..q.Start];
            if (!collector.IsFree(q) || WeightKey().IsMatch(before) || LineContext.RequiredBefore(before))
            {
                continue; // taken with the count before it; "Documentation (Weight: 10%)" weighs an area, it does not rate it.
            }

            var scoreInHeading = source.Origin == ClaimOrigin.Heading && q.IsRatio && q.Value <= q.Denominator;
            // "Phase 1 complete (85% confidence)": a number right after a word names the phase, it counts nothing.
            var percent = NameNumeral().IsMatch(before) && q.Shape == QuantityShape.Number ? null
                : collector.Free.FirstOrDefault(p => p != q && p.IsPercent && p.Start > q.End && p.Start - q.End < 12 && OnlyPunctuation(text[q.End..p.Start]));

            // "56 tasks (19.1%)" is progress; "Project Plan with 144 tasks defined" only counts the plan.
            var figure = q.IsPercent || q.IsRatio || percent is not null;
            var wordBefore = figure ? WordBefore.Match(before) : Match.Empty;
            var named = figure && (WordAfter.IsMatch(text, q.End) || wordBefore.Success);
            var keyed = (figure || q.UnitWord.Length == 0) && (KeyBefore.IsMatch(before) || (q.IsPercent && PartOfLeadFigure(source, before)) ||
                (q.IsPercent && source.Origin is ClaimOrigin.StatusLine or ClaimOrigin.ListLine or ClaimOrigin.ProseLine && ScoreKey.IsMatch(before)));
            if (!scoreInHeading && !named && !keyed)
            {
                continue;
            }

            var end = (percent ?? q).End;
            end += percent is not null && end < text.Length && text[end] is ')' or '）' ? 1 : 0;

            // "COMPLÉTÉE À 100%": the span holds its word, so no verdict is read from it again.
            var start = wordBefore.Success ? wordBefore.Index : q.Start;
            collector.Add(
                collector.New(ClaimKind.CompletionPercent, text[q.Start..end].Trim(), start, end) with { Value = q, Subject = SubjectOf(text[..q.Start]) },
                q,
                percent);
        }
    }

    /// <summary>"- ✅ 服务层测试: 90%" under "**Task 4.1 完成度**: 75%": a keyed share in a list that breaks a completion figure down.</summary>
    private static bool PartOfLeadFigure(ClaimSource source, string before) =>
        PlainKey().IsMatch(before) && LineContext.LeadOfList(source) is { } lead && LeadFigure.IsMatch(lead.Text);

    private static bool OnlyPunctuation(string between) => !between.Any(char.IsLetterOrDigit) || Tasks().IsMatch(between);

    private static string? SubjectOf(string text)
    {
        var cut = text.IndexOfAny([':', '：', '(', '（']);
        var subject = Checklists.StatusMarkers.Strip(cut > 0 ? text[..cut] : text).Trim();
        return subject.Length is > 0 and < 60 ? subject : null;
    }

    [GeneratedRegex(@"\p{L}\s+$")]
    private static partial Regex NameNumeral();

    [GeneratedRegex(@"(?<![\p{L}])(?:weight|weighting|gewicht|gewichtung|poids|peso|вес|权重|重み)[*_]*\s*[:：]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WeightKey();

    [GeneratedRegex(@"^[^\p{L}\d]*[^:：]{1,40}[:：]\s*$")]
    private static partial Regex PlainKey();

    [GeneratedRegex(@"^\s*[\p{L}]+\s*[(（]\s*$")]
    private static partial Regex Tasks();
}
