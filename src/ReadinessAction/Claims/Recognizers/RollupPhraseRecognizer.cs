using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A short heading or line that names a group and says it is done, without a ✅ or a key: "### All Payment Flows
/// Verified", "✅ Production ready", "### Plan Completado". Not a task item: "- [x] Primary keys verified" is the task done,
/// not a verdict on a group, unless the item sits under a verdict heading ("### All Systems Go", "- [x] Security approved").
/// Only a few words, no figure, no negation: a longer
/// line is a task, not a verdict. Words come from Lines/Terms/rollup-words.txt.
/// </summary>
public sealed partial class RollupPhraseRecognizer : IClaimRecognizer
{
    [GeneratedRegex(
        @"^(?<subject>(?:[\p{L}/&-]+\s+){1,4}?)" + TermPatterns.RollupWords + @"\s*[.!:：]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        var text = source.Text;
        var bare = Emphasis().Replace(StatusMarkers.Strip(text), "").Trim();
        if (source.Origin is not (ClaimOrigin.TaskItem or ClaimOrigin.TableRow or ClaimOrigin.FrontMatter) && collector.Claims.Count == 0 && !StatusMarkers.HasNotDone(text) &&
            ((source.Line.Kind == LineKind.Paragraph && ReadyFor().IsMatch(bare)) || PhaseDone().IsMatch(text)) && !LineContext.StatesConditions(source, verdict: true))
        {
            // "**Ready for v2.0 Release! 🚀**", "**Phase 3 Complete:** all adapters in place": the release or the phase is done.
            collector.Add(collector.New(ClaimKind.StatusRollup, bare, 0, text.Length) with { Subject = ReadyFor().IsMatch(bare) ? ClaimSubjects.WholeDocument : null });
            return;
        }

        var rollsUpArea = source.Origin is ClaimOrigin.TaskItem && LineContext.UnderVerdictHeading(source);
        if (source.Origin is ClaimOrigin.TableRow or ClaimOrigin.FrontMatter || (source.Origin is ClaimOrigin.TaskItem && !rollsUpArea) ||
            collector.Claims.Count > 0 || LineContext.StatesConditions(source))
        {
            return;
        }

        if (StatusMarkers.HasNotDone(text) || Negative().IsMatch(bare) || bare.Any(char.IsAsciiDigit) || Phrase.Match(bare) is not { Success: true } phrase)
        {
            return;
        }

        var subject = phrase.Groups["subject"].Value;
        if (source.Origin != ClaimOrigin.Heading && !rollsUpArea && !Group().IsMatch(subject))
        {
            return; // "✅ CSRF protection verified" is one item done; "✅ Production ready" and "All checks passed" are verdicts.
        }

        collector.Add(collector.New(ClaimKind.StatusRollup, bare, 0, text.Length) with
        {
            Subject = Regex.Replace(subject, @"^all\s+", "", RegexOptions.IgnoreCase).Trim(),
        });
    }

    /// <summary>A subject that is a whole group or the release: "All systems", "Tous les livrables", "Production".</summary>
    [GeneratedRegex(@"^(?:all|every|tous|toutes|todos|todas|alle|все|production|release|system|systems|producción|produção)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Group();

    /// <summary>A sentence that says the release is ready: "Ready for immediate production deployment.", "Bereit für Release v1.4.2".</summary>
    [GeneratedRegex(@"(?:^|[.!]\s+)(?:[\p{L}]+\s+){0,2}?(?:ready|bereit|listo|lista|prêt|prête|pronto|pronta)\s+(?:for|für|para|pour)\s+(?:[\p{L}\d.]+\s+){0,3}?(?:production|release|launch|deployment|produktion|producción|produção|lancement)\b(?:\s+v?\d+(?:\.\d+)+)?[^.!?]{0,24}[^\p{L}\d]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadyFor();

    /// <summary>"**Phase 2 Complete:** adapters in place", "**✅ Fase 1-4 completadas** - tests": a numbered phase said to be done.</summary>
    [GeneratedRegex(@"^[^\p{L}\d]*(?:phase|fase|stage|sprint|milestone|étape|этап)\s+[\d\s–-]+?\s*(?:complete|completed|completad[oa]s?|concluíd[oa]s?|terminée?s?|abgeschlossen|завершен\p{L}*)\s*(?:[:：!.–-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PhaseDone();

    [GeneratedRegex(@"[*_`]+")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\b(?:not|no|never|nicht|pas|нет|не|when|if|once|until|before|after)\b|未", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
