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
    private static readonly Regex Phrase = new(
        @"^(?<subject>(?:[\p{L}/&-]+\s+){1,4}?)" + LineTerms.Pattern("rollup-words") + @"\s*[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        var rollsUpArea = source.Origin is ClaimOrigin.TaskItem && LineContext.UnderVerdictHeading(source);
        if (source.Origin is ClaimOrigin.TableRow or ClaimOrigin.FrontMatter || (source.Origin is ClaimOrigin.TaskItem && !rollsUpArea) ||
            collector.Claims.Count > 0 || LineContext.StatesConditions(source))
        {
            return;
        }

        var text = source.Text;
        var bare = Emphasis().Replace(StatusMarkers.Strip(text), "").Trim();
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

    [GeneratedRegex(@"[*_`]+")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\b(?:not|no|never|nicht|pas|нет|не|when|if|once|until|before|after)\b|未", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
