using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A line that gives a positive verdict on a group or the document, outside a heading: a verdict key with its value
/// ("**Decision:** ✅ GO", "**Estado**: COMPLETADO", "**总合評価**: ✅ APPROVED") or a short line that is the verdict
/// itself ("✅ **PRODUCTION READY**", "All checks passed."). Negative verdicts ("NOT READY", "NO-GO") are not rollups.
/// </summary>
public sealed partial class VerdictLineRecognizer : IClaimRecognizer
{
    [GeneratedRegex(@"^[^\p{L}\d]*(?:[\p{L}\d/-]+\s+){0,2}?" + TermPatterns.VerdictKeys + @"[*_]*\s*[:：]\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Key { get; }

    private static readonly Regex Verdict = LineTerms.Of("verdict-words");

    /// <summary>"Tous les seuils respectés ou dépassés", "Documentation complète", "Comprehensive and production-ready":
    /// a short phrase that ends in its verdict, after a verdict key.</summary>
    [GeneratedRegex(
        @"^(?:\p{L}[\p{L}/&-]*\s+){0,5}(?:" + TermPatterns.VerdictWords + "|" + TermPatterns.RollupWords + @")\s*[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhraseVerdict { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        var text = source.Text;
        if (source.Origin is ClaimOrigin.Heading)
        {
            RecognizeHeading(collector);
            return;
        }

        var key = Key.Match(text);
        if (key.Success && source.Origin is not ClaimOrigin.TableRow && ReadySentence().Match(key.Groups["value"].Value) is { Success: true } ready &&
            !Negative().IsMatch(key.Groups["value"].Value) && !LineContext.StatesConditions(source, verdict: true))
        {
            // The sentence says so whatever figures the rest of the value gives ("test coverage is excellent (87.9%)").
            var from = key.Groups["value"].Index + ready.Index;
            collector.Add(collector.New(ClaimKind.StatusRollup, ready.Value.Trim('*', '_', ' '), from, from + ready.Length) with { Subject = ClaimSubjects.WholeDocument });
            return;
        }

        if (source.Origin is ClaimOrigin.TableRow || (source.Origin is ClaimOrigin.TaskItem && !key.Success && !(text.Any(char.IsUpper) && Shouted(text))) ||
            collector.Claims.Any(c => c.Kind is not ClaimKind.CompletionPercent) || LineContext.StatesConditions(source, verdict: key.Success) || LineContext.OpensWithPlanKey(text))
        {
            return;
        }

        var value = key.Success ? key.Groups["value"] : null;
        if (Negative().IsMatch(value?.Value ?? text) || StatusMarkers.HasNotDone(text))
        {
            return;
        }

        var verdict = Verdict.Match(value?.Value ?? text);
        var said = value is not null
            ? (verdict.Success && Opening().IsMatch(value.Value[..verdict.Index]) && (Shouted(verdict.Value) || StatusMarkers.HasDone(value.Value))) ||
                PhraseVerdict.IsMatch(Bare(value.Value)) || ShoutedWithDone(value.Value) || ClosingVerdict(value.Value)
            : StatusMarkers.Strip(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && verdict.Success && Shouted(verdict.Value) &&
                !InKey(text, verdict.Index);

        // "Status: ✅ 100% Complete" is the completion figure alone; "Status: ⚠️ CONDITIONALLY READY (82% confidence)" is both.
        var at = (value?.Index ?? 0) + verdict.Index;
        if (!said || collector.Claims.Any(c => c.SpanStart <= at && at <= c.SpanEnd + 1))
        {
            return;
        }

        var start = value?.Index ?? 0;
        collector.Add(collector.New(ClaimKind.StatusRollup, (value?.Value ?? text).Trim(), start, text.Length) with
        {
            Subject = ProductionWide().IsMatch(text) ? ClaimSubjects.WholeDocument : null,
        });
    }

    /// <summary>
    /// "### Scenario 2: Card payments ⚠️ **CONDITIONAL APPROVAL**": a heading that ends in a verdict in capitals after a
    /// status marker or emphasis. A done marker on a heading is read by <see cref="StatusRollupRecognizer"/>.
    /// </summary>
    private static void RecognizeHeading(ClaimCollector collector)
    {
        var text = collector.Source.Text;
        if (collector.Claims.Count > 0 || StatusMarkers.HasDone(text) || StatusMarkers.HasNotDone(text) || Negative().IsMatch(text) ||
            HeadingVerdict().Match(text) is not { Success: true } tail || Verdict.Match(tail.Groups["verdict"].Value) is not { Success: true } verdict ||
            !Shouted(verdict.Value) || verdict.Length != tail.Groups["verdict"].Length || LineContext.StatesConditions(collector.Source, verdict: true))
        {
            return;
        }

        collector.Add(collector.New(ClaimKind.StatusRollup, tail.Groups["verdict"].Value.Trim(), tail.Index, text.Length));
    }

    /// <summary>A status marker or emphasis, then words in capitals closing the heading.</summary>
    [GeneratedRegex(@"(?:[⚠🟢🟡\uFE0F]|\*\*)\s*[*_]*(?<verdict>\p{Lu}[\p{Lu}\s-]+?)[*_]*\s*$")]
    private static partial Regex HeadingVerdict();

    /// <summary>"**Veredicto**: Proyecto con buena cobertura. **PRODUCCIÓN READY**.": the value's last sentence is the verdict in capitals.</summary>
    private static bool ClosingVerdict(string value)
    {
        var last = value.TrimEnd(' ', '.', '!', '*').LastIndexOf(". ", StringComparison.Ordinal);
        return last > 0 && Bare(value[(last + 2)..]) is { Length: > 3 } bare && bare.Any(char.IsLetter) && Shouted(bare) && PhraseVerdict.IsMatch(bare);
    }

    /// <summary>"**Verdict:** The service is **ready for production deployment** with monitoring in place.": the value says so in a sentence.</summary>
    [GeneratedRegex(@"\b(?:is|are|est|sont|ist|sind|está|están|é|são)\s+[*_]*(?:ready|prêt|prête|prêts|bereit|listo|lista|pronto|pronta)\s+(?:for|pour|für|para)\s+(?:[\p{L}]+\s+){0,2}?(?:production|release|launch|deployment|produktion|producción|produção|lancement|mise\s+en\s+production)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadySentence();

    /// <summary>"**Recommendation:** **SHIP TO ALL REGIONS** ✅": a value in capitals with a done marker is the verdict itself.</summary>
    private static bool ShoutedWithDone(string value) =>
        StatusMarkers.HasDone(value) && Bare(value) is { Length: > 3 } bare && bare.Any(char.IsLetter) && Shouted(bare);

    /// <summary>"承認日: 2025-11-17", "需要完成：": the word names a key (approval date, what is to be done), not a verdict.</summary>
    private static bool InKey(string text, int index) => text.IndexOfAny([':', '：']) is var colon && colon >= 0 && index < colon;

    /// <summary>The value without markers, emphasis and a closing parenthesis: "🟢 **Tous les seuils dépassés (102-105%)**".</summary>
    private static string Bare(string value) => TrailingParenthesis().Replace(Emphasis().Replace(StatusMarkers.Strip(value), ""), "").Trim();

    [GeneratedRegex(@"[*_`]+")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s*[(（][^()（）]*[)）]\s*$")]
    private static partial Regex TrailingParenthesis();

    /// <summary>Written in capitals ("PRODUCTION READY", "COMPLETADO"), or in a script without case ("完成").</summary>
    private static bool Shouted(string word) => !word.Any(char.IsLower);

    /// <summary>
    /// Only markers, emphasis and up to two words in capitals before the verdict: "✅ **APPROVED**",
    /// "⚠️ **CONDITIONALLY READY**", "**PRODUCCIÓN READY**", not "Issues may go undetected".
    /// </summary>
    [GeneratedRegex(@"^[^\p{L}\d]*(?:\p{Lu}[\p{Lu}\d-]*[^\p{L}\d]+){0,2}$")]
    private static partial Regex Opening();

    [GeneratedRegex(@"\b(?:not|no-go|nicht|pas|нет|не)\b|未|❌", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\b(?:production|release|launch|deploy)", RegexOptions.IgnoreCase)]
    private static partial Regex ProductionWide();
}
