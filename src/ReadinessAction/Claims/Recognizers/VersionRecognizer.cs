using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A version the repository pins or tags, reported as <see cref="ClaimKind.OtherMetric"/>: "Vitest 2.1.8", "Tag
/// repository (v1.2.0)", "Version: 0.1.0", "@clerk/nextjs: 6.33.1 → 6.33.3" (one claim for the upgrade).
/// Not section numbers ("Phase 2.1"), not decimals with a unit ("87.9%", "1.37 KB").
/// </summary>
public sealed partial class VersionRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        // A paragraph's "Version: 1.0.0" is the document's own metadata; a list line or an item states the repository's.
        if (source.Origin is ClaimOrigin.Heading or ClaimOrigin.TableRow || source.Line.Kind == Checklists.LineKind.Paragraph || LineContext.StatesConditions(source))
        {
            return;
        }

        var text = source.Text;
        foreach (Match m in Version().Matches(text))
        {
            var before = text[..m.Index];
            var tagged = m.Groups["v"].Success || m.Groups["patch"].Captures.Count == 1 || VersionWord().IsMatch(before);
            if (!tagged || Numbering().IsMatch(before) || Planned().IsMatch(before) || !collector.IsFree(m.Index, m.Index + m.Length) || collector.Free.Any(q => q.Start == m.Index && (q.IsPercent || q.UnitWord.Length > 0)))
            {
                continue;
            }

            foreach (var q in collector.Free.Where(q => q.Start >= m.Index && q.End <= m.Index + m.Length).ToList())
            {
                collector.Use(q);
            }

            collector.Add(collector.New(ClaimKind.OtherMetric, m.Value, m.Index, m.Index + m.Length));
            return;
        }
    }

    [GeneratedRegex(@"(?<![\w.@/-])(?<v>v)?\d+\.\d+(?<patch>\.\d{1,3})*(?:-[\w.]+)?\+?(?:\s*(?:→|->)\s*v?\d+(?:\.\d+)+)?(?![\w%]|\.\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Version();

    [GeneratedRegex(@"\b(?:version|release|tag|tagged|sdk|python|node|java|go|pandas|typescript|compatible with)\b[^.;]{0,12}$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionWord();

    [GeneratedRegex(@"\b(?:plan|prepare|compare|next|future)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Planned();

    [GeneratedRegex(@"\b(?:phase|task|step|section|sprint|chapter|part|week|level|at|ac|us)[\s-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();
}
