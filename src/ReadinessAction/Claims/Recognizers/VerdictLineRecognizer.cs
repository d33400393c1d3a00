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
    private static readonly Regex Key = new(@"^[^\p{L}\d]*(?:[\p{L}\d/-]+\s+){0,2}?" + LineTerms.Pattern("verdict-keys") + @"\s*[:：]\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Verdict = LineTerms.Of("verdict-words");

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin is ClaimOrigin.Heading or ClaimOrigin.TableRow or ClaimOrigin.TaskItem || collector.Claims.Count > 0 || LineContext.StatesConditions(source))
        {
            return;
        }

        var text = source.Text;
        if (Negative().IsMatch(text) || StatusMarkers.HasNotDone(text))
        {
            return;
        }

        var key = Key.Match(text);
        var value = key.Success ? key.Groups["value"] : null;
        var said = value is not null
            ? Verdict.Match(value.Value) is { Success: true } v && Opening().IsMatch(value.Value[..v.Index]) && (Shouted(v.Value) || StatusMarkers.HasDone(value.Value))
            : StatusMarkers.Strip(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && Verdict.Match(text) is { Success: true } b && Shouted(b.Value);
        if (!said)
        {
            return;
        }

        var start = value?.Index ?? 0;
        collector.Add(collector.New(ClaimKind.StatusRollup, (value?.Value ?? text).Trim(), start, text.Length) with
        {
            Subject = ProductionWide().IsMatch(text) ? ClaimSubjects.WholeDocument : null,
        });
    }

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
