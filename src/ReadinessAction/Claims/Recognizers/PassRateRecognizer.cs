using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>"(100%)" after a test count, "All tests pass", "All 500+ tests passing without failures",
/// "Integration tests passing", "pass rate: 98%".</summary>
public sealed partial class PassRateRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var text = collector.Source.Text;
        var counted = collector.Claims.Any(c => c.Kind is ClaimKind.TestCount or ClaimKind.TestRatio);
        foreach (var q in collector.Free.Where(q => q.IsPercent).ToList())
        {
            var parenthesisedAfterCount = counted && text[..q.Start].TrimEnd().EndsWith('(') &&
                collector.Claims.Any(c => c.Kind == ClaimKind.TestCount && c.SpanEnd <= q.Start && q.Start - c.SpanEnd < 12);
            if (parenthesisedAfterCount || PassRateBefore().IsMatch(text[..q.Start]) || PassRateAfter().Match(text, q.End) is { Success: true } m && m.Index == q.End)
            {
                collector.Add(collector.New(ClaimKind.PassRate, q.Raw, q.Start, q.End) with { Value = q, ScopeWords = ScopeVocabulary.WordsIn(collector.Source.Title) }, q);
            }
        }

        if (collector.Claims.Any(c => c.Kind == ClaimKind.PassRate))
        {
            return;
        }

        // A phrase inside another claim ("24/27 resilience tests passing") is that claim's, unless it says "all"
        // about a counted set ("All 500+ tests passing without failures").
        var phrase = TestWord.Absent(text) ? null : AllPassing().Matches(text).FirstOrDefault(m =>
            collector.IsFree(m.Index, m.Index + m.Length) ||
            (m.Value.StartsWith("all", StringComparison.OrdinalIgnoreCase) && collector.Claims.Any(c => c.Kind == ClaimKind.TestCount)));
        if (phrase is not null)
        {
            collector.Add(collector.New(ClaimKind.PassRate, "all passing", phrase.Index, phrase.Index + phrase.Length) with
            {
                ScopeWords = ScopeVocabulary.WordsIn(phrase.Groups["scope"].Value + " " + ScopeTail(text, phrase)),
            });
        }
    }

    // Every phrase of AllPassing names tests.
    private static readonly TermWords TestWord = new(["test"]);

    /// <summary>"All tests pass (unit, integration, security)": scope words in the parentheses that follow.</summary>
    private static string ScopeTail(string text, Match phrase)
    {
        var rest = text[(phrase.Index + phrase.Length)..].TrimStart();
        return rest.StartsWith('(') && rest.IndexOf(')', StringComparison.Ordinal) is var close and > 0 ? rest[..close] : "";
    }

    [GeneratedRegex(@"\bpass(?:ing)?[ -]rate\s*(?:of|:|=)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PassRateBefore();

    [GeneratedRegex(@"\G\s*(?:pass(?:ing)?[ -]rate|of tests pass(?:ing)?|tests? pass(?:ing)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassRateAfter();

    [GeneratedRegex(@"\b(?:all\s+(?:[\d,+]+\s+)?(?<scope>(?:\p{L}[\p{L}\d-]*\s+){0,2}?)tests?\s+(?:are\s+)?(?:pass|passing|passed|green)|(?<scope>(?:[\p{L}-]+\s+){0,2}?)tests?\s+(?:are\s+)?(?:passing|pass|passed)\b(?:\s+without\s+failures)?|no\s+(?:failing|failed)\s+tests|0\s+(?:failing|failed)\s+tests)", RegexOptions.IgnoreCase)]
    private static partial Regex AllPassing();
}
