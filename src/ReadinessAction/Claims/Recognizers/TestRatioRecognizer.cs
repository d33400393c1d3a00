using System.Text.RegularExpressions;

using ReadinessAction.Checklists;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>"24/27 resilience tests passing", "27/27 tests passing", "Tests: 10/10 passing".</summary>
public sealed partial class TestRatioRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var text = collector.Source.Text;
        foreach (var ratio in collector.Free.Where(q => q.IsRatio).ToList())
        {
            var after = TestsAfter().Match(text, ratio.End);
            var labelled = TestsLabelBefore().IsMatch(text[..ratio.Start]) && PassingAfter().Match(text, ratio.End) is { Success: true } p && p.Index == ratio.End;
            if (!(after.Success && after.Index == ratio.End) && !labelled)
            {
                continue;
            }

            var end = after.Success && after.Index == ratio.End ? after.Index + after.Length : PassingAfter().Match(text, ratio.End).Index + PassingAfter().Match(text, ratio.End).Length;
            var phrase = text[ratio.Start..end];
            var scopeWords = ScopeVocabulary.WordsIn(after.Success ? after.Groups["scope"].Value : "");
            collector.Add(
                collector.New(ClaimKind.TestRatio, ratio.Raw, ratio.Start, end) with
                {
                    Value = ratio,
                    ScopeWords = scopeWords,
                    // "27/27 tests passing" under "4.1 Rate Limiting" is about that section's tests.
                    Subject = scopeWords.Count == 0 && collector.Source.Line.Section.Level > 0 ? SectionFinder.Normalize(collector.Source.Line.Section.Title) : null,
                    CountsPassingOnly = phrase.Contains("pass", StringComparison.OrdinalIgnoreCase),
                },
                ratio);
        }
    }

    [GeneratedRegex(@"\G\s*(?<scope>(?:[\p{L}-]+\s+){0,3}?)(?:tests?|test cases|specs?|checks)\b(?:\s+(?:are\s+)?(?:passing|passed|pass|green))?", RegexOptions.IgnoreCase)]
    private static partial Regex TestsAfter();

    [GeneratedRegex(@"\btests?\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TestsLabelBefore();

    [GeneratedRegex(@"\G\s*(?:passing|passed|pass|green)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassingAfter();
}
