using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A heading or status line that says done ("## Section 1 ✅", "### 2.3 Alerting ✅ COMPLETE",
/// "Status: ✅ READY FOR PRODUCTION"), "[x] All CRITICAL items complete (5/5)", "All quality gates passed", a bold line
/// with a done marker ("✅ **Monitoring**") and a ✅ in a section's table row.
/// </summary>
public sealed partial class StatusRollupRecognizer : IClaimRecognizer
{
    private const string All = @"(?:\b(?:all|every|tous|toutes|todos|todas|alle)\b|(?<![\p{L}])все)";
    private const string Nouns = TermPatterns.CriteriaNouns;
    private const string Met = TermPatterns.CriteriaMet;

    /// <summary>"All performance targets exceeded", "Tous les seuils respectés ou dépassés", "All metrics meet the thresholds", "要件を全て満たす".</summary>
    [GeneratedRegex(
        All + @"\s+(?:(?:les|the|los|las|die|de)\s+)?(?<subject>(?:[\p{L}\d-]+\s+){0,3}?)[*_]*" + Nouns + @"[*_]*\s+(?:(?:are|were|have\s+been|sont|ont\s+été|sind|wurden|fueron|foram)\s+)?" + Met +
        "|" + All + @"\s+(?:(?:les|the|los|las|die)\s+)?(?<subject>(?:[\p{L}\d-]+\s+){1,3}?)" + TermPatterns.CriteriaMeet + @"\s+(?:(?:les|the|los|las|die|all)\s+)?(?:[\p{L}-]+\s+)?" + Nouns +
        "|" + Nouns + @"\s*を?\s*(?:全て|すべて)\s*" + Met,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllCriteriaMet { get; }

    /// <summary>"- **Low Risk**: All checklist items complete": the key names a condition, what follows defines it.</summary>
    [GeneratedRegex(
        @"^[^\p{L}\d]*(?:\p{L}+\s+){0,2}" + TermPatterns.NonClaimSections + @"[*_]*\s*[:：]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConditionKey { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        var text = source.Text;
        var all = IsConditionKey(text) ? Match.Empty : AllItemsComplete().Match(text);
        if (all.Success && collector.IsFree(all.Index, all.Index + all.Length) && WholeChecklist().IsMatch(all.Groups["subject"].Value))
        {
            // "- [ ] All checklist items completed": the checklist's own share of done items, 100%.
            var whole = new Quantity(QuantityShape.Percent, 100, Comparison.Exactly, all.Index, all.Index + all.Length, "100%");
            collector.Add(collector.New(ClaimKind.CompletionPercent, all.Value, all.Index, all.Index + all.Length) with { Value = whole, Subject = ClaimSubjects.WholeDocument });
            return;
        }

        if (all.Success && collector.IsFree(all.Index, all.Index + all.Length))
        {
            var ratio = collector.Free.FirstOrDefault(q => q.IsRatio && q.Start >= all.Index + all.Length - 1);
            var end = ratio?.End + (ratio is null ? 0 : 1) ?? all.Index + all.Length;
            collector.Add(
                collector.New(ClaimKind.StatusRollup, ratio?.Raw ?? "all complete", all.Index, Math.Min(end, text.Length)) with
                {
                    Value = ratio,
                    Subject = all.Groups["subject"].Value.Trim(),
                },
                ratio);
            return;
        }

        if (source.Origin != ClaimOrigin.TableRow && MayMeetCriteria(text) && AllCriteriaMet.Match(text) is { Success: true } met && collector.IsFree(met.Index, met.Index + met.Length) &&
            !Negated().IsMatch(text[..met.Index]) && !Purpose().IsMatch(text[..met.Index]) && !StatusMarkers.HasNotDone(text) && !LineContext.StatesConditions(source))
        {
            collector.Add(collector.New(ClaimKind.StatusRollup, met.Value.Trim('*', '_', ' '), met.Index, met.Index + met.Length) with { Subject = met.Groups["subject"].Value.Trim() });
            return;
        }

        if (collector.Claims.Any(c => c.Kind == ClaimKind.CompletionPercent && c.Origin != ClaimOrigin.TableRow))
        {
            return; // "Status: 100% complete ✅": the percentage is the claim.
        }

        if (collector.Claims.Any(c => c.Kind is ClaimKind.PassRate or ClaimKind.Coverage && c.Origin is ClaimOrigin.Heading or ClaimOrigin.StatusLine))
        {
            return; // "### Unit Tests - ✅ ALL PASSING", "✅ Coverage: 98.6%": what passed or was measured is the claim.
        }

        if (source.Origin is ClaimOrigin.StatusLine && TestsResult().Match(text) is { Success: true } result)
        {
            // "**Status**: ✅ **PASSING**" under a package: its tests' result, a pass rate.
            var word = result.Groups["result"];
            collector.Add(collector.New(ClaimKind.PassRate, word.Value, word.Index, word.Index + word.Length) with { ScopeWords = ScopeVocabulary.WordsIn(source.Line.Section.Title) });
            return;
        }

        if (NegatedVerdict().IsMatch(text))
        {
            return; // "### Production Readiness: **NOT READY**", "Status: ISSUES FOUND - NOT PRODUCTION READY".
        }

        switch (source.Origin)
        {
            case ClaimOrigin.Heading when StatusMarkers.HasDone(text) && !StatusMarkers.HasNotDone(text):
                collector.Add(collector.New(ClaimKind.StatusRollup, StatusMarkers.DescribeDone(text), 0, text.Length) with
                {
                    Subject = ProductionWide().IsMatch(text) && !source.Line.Section.AllItems().Any() ? ClaimSubjects.WholeDocument : null,
                });
                break;
            case ClaimOrigin.StatusLine or ClaimOrigin.ProseLine when source.Line.Kind == LineKind.Paragraph && DoneTitle().IsMatch(text) && OpensList(source) &&
                !StatusMarkers.HasNotDone(text) && !LineContext.StatesConditions(source):
                // "✅ **Test framework**" directly above its list: a pseudo-heading that says its group is done.
                collector.Add(collector.New(ClaimKind.StatusRollup, StatusMarkers.DescribeDone(text), 0, text.Length) with { Subject = StatusMarkers.Strip(text).Trim('*', ' ', ':', '：') });
                break;
            case ClaimOrigin.StatusLine when ResultOfItem(source) && StatusKey().IsMatch(text) && StatusMarkers.HasDone(text) && !StatusMarkers.HasNotDone(text):
                // "- [x] **Build**: `npm run build`" then "- ✅ **Status**: Build completed": the item's own result, a fact
                // (unless the figures or paths it names are the claims already).
                if (collector.Claims.Count == 0 && !collector.Free.Any(q => q.Shape == QuantityShape.Number) && !text.Contains('`', StringComparison.Ordinal))
                {
                    collector.Add(collector.New(ClaimKind.OtherMetric, DescribeStatus(text), 0, text.Length));
                }

                break;
            case ClaimOrigin.StatusLine when DoneStatus().IsMatch(text) || (StatusMarkers.HasDone(text) && !StatusMarkers.HasNotDone(text)):
                collector.Add(collector.New(ClaimKind.StatusRollup, DescribeStatus(text), 0, text.Length) with
                {
                    Subject = ProductionWide().IsMatch(text) ? ClaimSubjects.WholeDocument : null,
                });
                break;
            case ClaimOrigin.TableRow when source.Line.Cells is { Count: >= 2 } cells && cells.Skip(1).Any(c => StatusMarkers.HasDone(c) && StatusMarkers.Strip(c).Length == 0) && SectionFinder.FindByName(source.Document, cells[0]) is not null:
                collector.Add(collector.New(ClaimKind.StatusRollup, StatusMarkers.DescribeDone(text), 0, text.Length) with { Subject = StatusMarkers.Strip(cells[0]) });
                break;
        }
    }

    /// <summary>Every way <see cref="AllCriteriaMet"/> can match holds a criteria noun and a word that says they are met
    /// (or meet them): where one list occurs nowhere in the line, the large pattern is not interpreted at all.</summary>
    private static bool MayMeetCriteria(string text) =>
        LineTerms.Occurs("criteria-nouns", text) && (LineTerms.Occurs("criteria-met", text) || LineTerms.Occurs("criteria-meet", text));

    /// <summary>"Rollback triggers: ...": only a line with a colon can open with a condition key.</summary>
    /// <remarks>The pattern is anchored at the line's start, so it is tried at one position only: cheaper than first
    /// looking for the condition words anywhere in the line (a long line names one, "release", far from its start).</remarks>
    private static bool IsConditionKey(string text) =>
        text.AsSpan().IndexOfAny(':', '：') >= 0 && ConditionKey.IsMatch(text);

    private static string DescribeStatus(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? text[(colon + 1)..].Trim() : StatusMarkers.DescribeDone(text);
    }

    [GeneratedRegex(@"\ball\s+(?<subject>[\p{L}\s-]{1,40}?)\s+(?:items|tasks|checks|requirements)\s+(?:are\s+)?(?:complete|completed|done|checked|closed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllItemsComplete();

    [GeneratedRegex(@"^(?:checklist|check-list|list|readiness\s+checklist)$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeChecklist();

    [GeneratedRegex(@"^\s*(?:overall\s+)?status\s*:\s*(?:complete|completed|done|ready|passed|production[- ]ready)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneStatus();

    [GeneratedRegex(@"\b(?:production|release|launch|deploy)", RegexOptions.IgnoreCase)]
    private static partial Regex ProductionWide();

    /// <summary>A list line right below a task item of its section: it reports on that item.</summary>
    private static bool ResultOfItem(ClaimSource source) =>
        source.Line.Kind == LineKind.ListItem && source.Document.IndexOf(source.Line) is var at and > 0 &&
        source.Document.Lines[at - 1] is { Kind: LineKind.TaskItem } item && item.Section == source.Line.Section;

    [GeneratedRegex(@"^[^\p{L}\d]*(?:\p{L}+\s+)?(?:status|estado|statut|状态|ステータス)[*_]*\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex StatusKey();

    private static bool OpensList(ClaimSource source) =>
        source.Document.Lines.FirstOrDefault(l => l.Line == source.Line.Line + 1) is { Kind: LineKind.ListItem or LineKind.TaskItem } next && next.Section == source.Line.Section;

    /// <summary>A done marker and a short title without figures: "✅ Test framework", "✔ 测试配置:".</summary>
    [GeneratedRegex(@"^\s*(?:✅|✔️?|☑️?)\s*[^\d.!?。]{1,40}$")]
    private static partial Regex DoneTitle();

    /// <summary>"This checklist ensures all requirements are met", "Verify that all checks passed": a purpose, not a verdict.</summary>
    [GeneratedRegex(@"\b(?:ensures?|verify|verifies|make\s+sure|confirm|check\s+that|until|when|if|once|so\s+that|to\s+be)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"\b(?:not|no|nicht|pas|nem|ni)\s+$|не\s+$|未", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    /// <summary>"NOT READY", "NICHT BEREIT", "NÃO PRONTO": the word that would say done is negated.</summary>
    [GeneratedRegex(@"\b(?:not|nicht|não|nao|pas)\s+(?:[\p{L}-]+\s+)?(?:ready|bereit|pronto|pronta|prêt|prête|listo|lista|complete|completed|done|approved)\b|\bне\s+(?:\p{L}+\s+)?готов", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedVerdict();

    /// <summary>"Status: ✅ PASSING", "**Status**: ❌ **FAILING**": a status that is a test run's result alone.</summary>
    [GeneratedRegex(@"^[^\p{L}]*(?:status|estado|statut|статус)[*_]*\s*[:：][^\p{L}]*(?<result>passing|failing)[^\p{L}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TestsResult();
}
