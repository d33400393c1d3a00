using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A test run's breakdown, one result a line under a tests heading or a tests lead ("### Unit test run" /
/// "- **Passed**: 133 (65.5%)", "- **Failed**: 14/21", "- **Skipped**: 0", "- **Прошло успешно:** 178 (56.7%)"): the key
/// alone says what the figure counts.
/// </summary>
public sealed partial class ResultBreakdownRecognizer : IClaimRecognizer
{
    [GeneratedRegex(
        @"^[^\p{L}\d]*(?:(?<passed>" + TermPatterns.ResultPassedKeys + @")|(?<failed>" + TermPatterns.ResultFailedKeys + @")|(?<skipped>" + TermPatterns.ResultSkippedKeys + @"))[\s*_]*[:：][\s*_]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResultKey { get; }

    /// <summary>Nothing after the figure but its share in parentheses and markers: "133 (65.5%)", "0 ✅".</summary>
    [GeneratedRegex(@"^\s*(?:[(（]\s*(?<share>[\d.,]+\s*%)\s*[)）])?[^\p{L}\d]*$")]
    private static partial Regex ValueOnly { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin is ClaimOrigin.TableRow or ClaimOrigin.Heading or ClaimOrigin.FrontMatter || source.Quantities.Count == 0 ||
            source.Quantities[0] is not { Shape: QuantityShape.Number or QuantityShape.Ratio } q || !collector.IsFree(q))
        {
            return;
        }

        var text = source.Text;
        var key = ResultKey.Match(text[..q.Start]);
        var rest = ValueOnly.Match(text[q.End..]);
        if (!key.Success || !rest.Success || !UnderTestResults(source) || LineContext.StatesConditions(source))
        {
            return;
        }

        var failed = key.Groups["failed"].Success;
        var scope = ScopeVocabulary.WordsIn(source.Line.Section.Title);
        var skipped = key.Groups["skipped"].Success;
        if (skipped && q.IsRatio)
        {
            return;
        }

        var counted = skipped ? ClaimKind.SkippedTests : q.IsRatio ? ClaimKind.TestRatio : ClaimKind.TestCount;
        collector.Add(
            collector.New(counted, q.Raw, q.Start, q.End) with
            {
                Value = q,
                ScopeWords = scope,
                CountsPassingOnly = !skipped && !failed,
                CountsFailuresOnly = !skipped && failed,
            },
            q);

        if (rest.Groups["share"].Success && collector.Free.FirstOrDefault(p => p.IsPercent && p.Start >= q.End) is { } share)
        {
            collector.Add(collector.New(ClaimKind.PassRate, share.Raw, share.Start, share.End) with { Value = share, ScopeWords = scope, CountsFailuresOnly = failed }, share);
        }
    }

    /// <summary>The line's own heading, the paragraph its list follows or its pseudo-heading names tests.</summary>
    private static bool UnderTestResults(ClaimSource source) =>
        LineTerms.Matches("test-nouns", source.Line.Section.Title) ||
        (LineContext.LeadOfList(source) is { } lead && LineTerms.Matches("test-nouns", lead.Text)) ||
        (LineContext.PseudoHeadingOf(source.Document, source.Line.Line) is { } pseudo && LineTerms.Matches("test-nouns", pseudo));
}
