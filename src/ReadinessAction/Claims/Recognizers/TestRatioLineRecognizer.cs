using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A ratio on a line about tests that the sentence grammar of <see cref="TestRatioRecognizer"/> leaves: "All unit
/// tests passing (48/48)", "Run unit tests ✅ 60/60 PASSING", "ALL PASSING (60/60 unit, 27/30 E2E)", "80/80テスト".
/// Runs after completion, so "12/20 items" stays a completion figure.
/// </summary>
public sealed partial class TestRatioLineRecognizer : IClaimRecognizer
{
    [GeneratedRegex(@"\G\s*(?:" + TermPatterns.TestNouns + @")?\s*" + TermPatterns.PassWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassAfter { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin == ClaimOrigin.TableRow || LineContext.StatesConditions(source))
        {
            return;
        }

        var text = source.Text;
        bool? aboutTests = null;
        foreach (var ratio in collector.Free.Where(q => q.IsRatio).ToList())
        {
            var pass = PassAfter.Match(text, ratio.End);
            if (!(pass.Success || (aboutTests ??= LineTerms.Occurs("test-nouns", text) || LineTerms.Matches("test-nouns", source.Line.Section.Title))) || NotTests().IsMatch(text[ratio.End..]) || ratio.Denominator is null or 100 || ratio.Value > ratio.Denominator ||
                LineTerms.Occurs("coverage-words", text) || text.Contains('⭐', StringComparison.Ordinal))
            {
                continue;
            }

            var scope = ScopeAfter().Match(text, ratio.End);
            var scopeWords = ScopeVocabulary.WordsIn(scope.Success ? scope.Value : source.Title);
            collector.Add(
                collector.New(ClaimKind.TestRatio, ratio.Raw, ratio.Start, ratio.End) with
                {
                    Value = ratio,
                    ScopeWords = scopeWords,
                    Subject = scopeWords.Count == 0 && source.Line.Section.Level > 0 ? SectionFinder.Normalize(source.Line.Section.Title) : null,
                    CountsPassingOnly = true,
                },
                ratio);
        }
    }

    /// <summary>"(60/60 unit, 27/30 E2E)": the word right after the ratio names its suite.</summary>
    [GeneratedRegex(@"\G\s+[\p{L}\d-]+")]
    private static partial Regex ScopeAfter();

    [GeneratedRegex(@"^\s*(?:items?|tasks?|checks?|steps?|requirements?|criteria|phases?|points?|days?|hours?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTests();
}
