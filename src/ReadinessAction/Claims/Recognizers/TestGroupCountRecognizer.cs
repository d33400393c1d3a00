using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// Test counts the sentence grammar of <see cref="TestCountRecognizer"/> does not reach: a count in parentheses after a
/// test-group name ("Invoice export tests (9)", "### 通过的测试 (28)"), a tests key with its value ("**Total Tests**: 113",
/// a count in parentheses after a group heading under a tests heading ("## Test inventory" / "### Checkout (12)"),
/// "Testes Unitários: 6 testes", "テストケース: 22件（分類7件、抽出7件）", "Total tests: 299 → 325"), counts named in another language ("15个测试用例", "40件の単体/統合テスト",
/// "100+ Testfälle") and counts of failures ("API Middleware: 2 failures").
/// </summary>
public sealed partial class TestGroupCountRecognizer : IClaimRecognizer
{
    private const string Tests = TermPatterns.TestNouns;

    [GeneratedRegex(@"\G\s?(?:" + TermPatterns.CountSuffixesGlued + @")?\s?(?:[\p{L}-]+\s+|[の的]?[\p{IsCJKUnifiedIdeographs}/・]{1,6}?)?" + TermPatterns.TestNounsAnyStart, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounAfter { get; }

    /// <summary>"22件", "60 个": a counter word after the number, glued or after a space.</summary>
    [GeneratedRegex(@"\G\s?" + TermPatterns.CountSuffixesGlued, RegexOptions.CultureInvariant)]
    private static partial Regex CounterAfter { get; }

    [GeneratedRegex(@"\G\s?(?:[\p{L}-]+\s+){0,4}?" + TermPatterns.FailureNouns + @"(?!\s*rate)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FailuresAfter { get; }

    [GeneratedRegex(@"^[^\p{L}\d]*(?:[\p{L}\d-]+\s+){0,3}?[\p{L}\d-]*?" + Tests + @"[\p{L}\s-]{0,20}(?:[:：]|\s[–—])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TestsKey { get; }

    /// <summary>A key's value is the count alone, or the count of all or of the passing tests: "Total Tests: 113",
    /// "Tests: 340+ (all passing)", "Unit tests: 514 total", "Unit-Tests: 340 bestanden", not "Load test: 100 users".</summary>
    [GeneratedRegex(
        @"^\s*(?:$|→|->|[(（,;.|✅⚠]|tests?\b(?!\s*(?:files?|suites?)\b)|" + TermPatterns.PassWords + "|" + TermPatterns.TotalWords + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValueEndsPattern { get; }

    [GeneratedRegex(Tests + @"[^()（）:：]{0,30}[(（]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TestsTitle { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin == ClaimOrigin.TableRow || LineContext.StatesConditions(source))
        {
            return;
        }

        var text = source.Text;
        var keyed = false;
        foreach (var q in collector.Free.Where(q => q.Shape == QuantityShape.Number).ToList())
        {
            var before = text[..q.Start];
            var noun = NounAfter.Match(text, q.End);
            var failures = FailuresAfter.Match(text, q.End);
            var counter = CounterAfter.Match(text, q.End);
            var closes = text.Length > q.End && text[q.End..].TrimStart().StartsWith(')') || text[q.End..].TrimStart().StartsWith('）');
            var closesCounted = counter.Success && text[(counter.Index + counter.Length)..].TrimStart() is var rest && (rest.StartsWith(')') || rest.StartsWith('）'));
            var byKey = (TestsKey.IsMatch(before) || (keyed && ArrowBefore().IsMatch(before))) && ValueEndsPattern.IsMatch(text[(counter.Success ? counter.Index + counter.Length : q.End)..]);
            keyed |= byKey;
            int end;
            var countsFailures = false;
            if (noun.Success && !NotPassing().IsMatch(text[(noun.Index + noun.Length)..]) && !NotATestCount().IsMatch(noun.Value) && !CountsFiles().IsMatch(text[(noun.Index + noun.Length)..]))
            {
                end = noun.Index + noun.Length;
            }
            else if (failures.Success)
            {
                end = failures.Index + failures.Length;
                countsFailures = true;
            }
            else if (byKey || (keyed && counter.Success) || (closes && TestsTitle.IsMatch(before)) ||
                ((closes || closesCounted) && source.Origin == ClaimOrigin.Heading && GroupTitle().IsMatch(before) && UnderTestsHeading(source)))
            {
                end = counter.Success ? counter.Index + counter.Length : q.End;
            }
            else
            {
                continue;
            }

            collector.Add(
                collector.New(ClaimKind.TestCount, text[q.Start..end].Trim(), q.Start, end) with
                {
                    Value = q,
                    ScopeWords = ScopeVocabulary.WordsIn(source.Title),
                    CountsPassingOnly = !countsFailures && Passing().IsMatch(text[end..Math.Min(text.Length, end + 12)]),
                    CountsFailuresOnly = countsFailures,
                },
                q);
        }
    }

    /// <summary>"### Checkout (12)" under "## Test inventory": a group of the tests its parent heading lists.</summary>
    private static bool UnderTestsHeading(ClaimSource source)
    {
        for (var section = source.Line.Section.Parent; section is { Level: > 0 }; section = section.Parent)
        {
            if (LineTerms.Matches("test-nouns", section.Title))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[^()（）\d]{1,40}[(（]\s*$")]
    private static partial Regex GroupTitle();

    /// <summary>"0 flaky tests", "1+ hour test", "3 errors in test files", "12个测试套件" count something else.</summary>
    [GeneratedRegex(@"\b(?:flaky|skipped|ignored|disabled|pending|hours?|minutes?|errors?)\b|(?:files?|文件|套件|suites?|data|PR)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotATestCount();

    /// <summary>"Total tests: 299 → 325": the figure after the arrow is the same key's value now.</summary>
    [GeneratedRegex(@"(?:→|->)\s*[*_]*$")]
    private static partial Regex ArrowBefore();

    [GeneratedRegex(@"^\s*(?:skipped|ignored|disabled|pending)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotPassing();

    /// <summary>"10 个测试文件", "18 in test files", "12个测试套件": the number counts files or suites, not tests (an other_metric).</summary>
    [GeneratedRegex(@"^\s?(?:files?\b|suites?\b|文件|套件|ファイル|スイート)", RegexOptions.IgnoreCase)]
    private static partial Regex CountsFiles();

    [GeneratedRegex(@"^\s*(?:passing|passed|pass|green)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Passing();
}
