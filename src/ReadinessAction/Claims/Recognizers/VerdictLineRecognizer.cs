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
    private static readonly Regex Key = new(@"^[^\p{L}\d]*(?:[\p{L}\d/-]+\s+){0,2}?" + LineTerms.Pattern("verdict-keys") + @"[*_]*\s*[:：]\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Verdict = LineTerms.Of("verdict-words");

    /// <summary>"Tous les seuils respectés ou dépassés", "Documentation complète", "Comprehensive and production-ready":
    /// a short phrase that ends in its verdict, after a verdict key.</summary>
    private static readonly Regex PhraseVerdict = new(
        @"^(?:\p{L}[\p{L}/&-]*\s+){0,5}(?:" + LineTerms.Pattern("verdict-words") + "|" + LineTerms.Pattern("rollup-words") + @")\s*[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        var text = source.Text;
        var key = Key.Match(text);
        if (source.Origin is ClaimOrigin.Heading or ClaimOrigin.TableRow || (source.Origin is ClaimOrigin.TaskItem && !key.Success && !(text.Any(char.IsUpper) && Shouted(text))) ||
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
                PhraseVerdict.IsMatch(Bare(value.Value)) || ShoutedWithDone(value.Value)
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
