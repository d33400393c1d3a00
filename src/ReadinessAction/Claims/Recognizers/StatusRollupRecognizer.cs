using System.Text.RegularExpressions;

using ReadinessAction.Checklists;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A heading or status line that says done ("## Section 1 ✅", "### 2.3 Alerting ✅ COMPLETE",
/// "Status: ✅ READY FOR PRODUCTION"), "[x] All CRITICAL items complete (5/5)", and a ✅ in a section's table row.
/// </summary>
public sealed partial class StatusRollupRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        var text = source.Text;
        var all = AllItemsComplete().Match(text);
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

        if (collector.Claims.Any(c => c.Kind == ClaimKind.CompletionPercent && c.Origin != ClaimOrigin.TableRow))
        {
            return; // "Status: 100% complete ✅": the percentage is the claim.
        }

        if (collector.Claims.Any(c => c.Kind is ClaimKind.PassRate or ClaimKind.Coverage && c.Origin is ClaimOrigin.Heading or ClaimOrigin.StatusLine))
        {
            return; // "### Unit Tests - ✅ ALL PASSING", "✅ Coverage: 98.6%": what passed or was measured is the claim.
        }

        switch (source.Origin)
        {
            case ClaimOrigin.Heading when StatusMarkers.HasDone(text) && !StatusMarkers.HasNotDone(text):
                collector.Add(collector.New(ClaimKind.StatusRollup, StatusMarkers.DescribeDone(text), 0, text.Length) with
                {
                    Subject = ProductionWide().IsMatch(text) && !source.Line.Section.AllItems().Any() ? ClaimSubjects.WholeDocument : null,
                });
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

    private static string DescribeStatus(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? text[(colon + 1)..].Trim() : StatusMarkers.DescribeDone(text);
    }

    [GeneratedRegex(@"\ball\s+(?<subject>[\p{L}\s-]{1,40}?)\s+(?:items|tasks|checks|requirements)\s+(?:are\s+)?(?:complete|completed|done|checked|closed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllItemsComplete();

    [GeneratedRegex(@"^\s*(?:overall\s+)?status\s*:\s*(?:complete|completed|done|ready|passed|production[- ]ready)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneStatus();

    [GeneratedRegex(@"\b(?:production|release|launch|deploy)", RegexOptions.IgnoreCase)]
    private static partial Regex ProductionWide();
}
