using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// Pass rates the sentence grammar of <see cref="PassRateRecognizer"/> leaves: the percentage after a test ratio or
/// count ("63/63 passing (100%)", "80/80テスト（100%）"), "(100% passing)", a pass-rate key in any language
/// ("Taxa de aprovação: ~90%"), tests that pass in any language ("Todos los tests pasando", "Alle Unit-Tests
/// bestehen") and a heading that says a suite passes ("### Unit Tests - ✅ ALL PASSING", "### AT-001: Analyzer ✅ PASS").
/// </summary>
public sealed partial class PassPhraseRecognizer : IClaimRecognizer
{
    private const string PassWords = TermPatterns.PassWords;

    private const string TestNouns = TermPatterns.TestNounsAnyStart;

    /// <summary>"100% passing", "100% tests passed", "100%テスト成功".</summary>
    [GeneratedRegex(@"\G\s*(?:" + TestNouns + @"\s*)?" + PassWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassAfterPercent { get; }

    [GeneratedRegex(TermPatterns.PassRateKeys + @"[^\d]{0,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RateKey { get; }

    [GeneratedRegex(
        @"(?:[\p{L}-]*" + TestNouns + @")(?:\s*[:：]\s*(?:✅\s*)?|\s+|\s*[がはも]\s*)(?:[\p{L}]+\s+){0,2}?(?<pass>" + PassWords + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TestsPass { get; }

    /// <summary>"Unit tests: 514 total, all green", "Widget tests: 88 (all pass)": after the count, every test passes.</summary>
    [GeneratedRegex(@"(?<=[,(（，、]\s*)" + TermPatterns.AllWords + @"\s*" + PassWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllPassAfterCount { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin == ClaimOrigin.TableRow || collector.Claims.Any(c => c.Kind == ClaimKind.PassRate) || LineContext.StatesConditions(source))
        {
            return;
        }

        var text = source.Text;
        foreach (var q in collector.Free.Where(q => q.IsPercent).ToList())
        {
            var afterTests = collector.Claims.Any(c => c.Kind is ClaimKind.TestRatio or ClaimKind.TestCount && c.SpanEnd <= q.Start && CloseAfter(text[c.SpanEnd..q.Start])) &&
                OpensParenthesis().IsMatch(text[..q.Start]);
            if (afterTests || PassAfterPercent.IsMatch(text, q.End) || RateKey.IsMatch(text[..q.Start]))
            {
                collector.Add(collector.New(ClaimKind.PassRate, q.Raw, q.Start, q.End) with { Value = q, ScopeWords = ScopeVocabulary.WordsIn(source.Title) }, q);
                return;
            }
        }

        if (NoTestFailures().Match(text) is { Success: true } none && collector.IsFree(none.Index, none.Index + none.Length) && !Conditional().IsMatch(text[..none.Index]))
        {
            collector.Add(collector.New(ClaimKind.PassRate, none.Value, none.Index, none.Index + none.Length) with { ScopeWords = ScopeVocabulary.WordsIn(source.Title) });
            return;
        }

        if (source.Origin == ClaimOrigin.TaskItem && collector.Claims.Count == 0 && !text.Contains('`', StringComparison.Ordinal) && TestKey().IsMatch(text))
        {
            // "- [ ] Test: admin can reach every endpoint": the item asks for a test of the behaviour that passes.
            collector.Add(collector.New(ClaimKind.PassRate, text.Trim(), 0, text.Length) with { ScopeWords = ScopeVocabulary.WordsIn(text) });
            return;
        }

        if (text.Contains('`', StringComparison.Ordinal) && CommandPassed().Match(text) is { Success: true } run && collector.IsFree(run.Groups["verdict"].Index, run.Index + run.Length) &&
            !NotPassed().IsMatch(text[..(run.Index + run.Length)]) && !Conditional().IsMatch(text[..run.Index]))
        {
            // "✔ `npm run smoke` green", "`pytest tests/api` PASSED": the test command was run and passed.
            collector.Add(collector.New(ClaimKind.PassRate, run.Groups["verdict"].Value, run.Index, run.Index + run.Length) with { ScopeWords = ScopeVocabulary.WordsIn(run.Groups["command"].Value) });
            return;
        }

        if (source.Origin is ClaimOrigin.StatusLine or ClaimOrigin.ListLine or ClaimOrigin.ProseLine && PassStatus().Match(text) is { Success: true } unit &&
            NamesAUnit(source.Line.Section.Title))
        {
            // "### `/checkout`" then "- Status: pass": one page's, package's or module's result, not a group's rollup.
            collector.Add(collector.New(ClaimKind.PassRate, unit.Groups["verdict"].Value, unit.Groups["verdict"].Index, unit.Index + unit.Length) with { ScopeWords = ScopeVocabulary.WordsIn(source.Line.Section.Title) });
            return;
        }

        var heading = source.Origin == ClaimOrigin.Heading && HeadingPass().Match(text) is { Success: true } h && NamesASuite(text[..h.Index]) ? h : DoneTestGroup(source);
        // Both phrases hold a pass word: a line without one is not searched. A large pattern is interpreted only where the
        // term lists it holds as they are occur in the line (TestsPass holds the test nouns without their word-start
        // look-behind: "Barrierefreiheitstests bestanden").
        var passed = LineTerms.Occurs("pass-words", text) && !NotPassed().IsMatch(ZeroFailures().Replace(text, ""));
        var phrase = heading ?? (passed && TestsPass.Match(text) is { Success: true } m && PassFree(collector, m) && !AfterRatio(collector, m) && !Conditional().IsMatch(text[..m.Index]) ? m : null);
        if (phrase is null && passed && LineTerms.Occurs("all-words", text) && AllPassAfterCount.Match(text) is { Success: true } all &&
            LineTerms.Matches("test-nouns", text[..all.Index]) && collector.IsFree(all.Index, all.Index + all.Length) && !Conditional().IsMatch(text[..all.Index]))
        {
            phrase = all;
        }

        if (phrase is not null)
        {
            collector.Add(collector.New(ClaimKind.PassRate, phrase.Value.Trim(), phrase.Index, phrase.Index + phrase.Length) with
            {
                ScopeWords = ScopeVocabulary.WordsIn(source.Title),
            });
        }
    }

    /// <summary>
    /// The phrase is free, or only its tests are counted already ("80件の単体テストが緑": the count ends at the noun, the
    /// pass word is still free). "325 tests passing" is a count whose claim holds the pass word too: no pass rate.
    /// </summary>
    private static bool PassFree(ClaimCollector collector, Match m) =>
        collector.IsFree(m.Index, m.Index + m.Length) ||
        (collector.IsFree(m.Groups["pass"].Index, m.Index + m.Length) && collector.Claims.All(c => c.Kind == ClaimKind.TestCount || c.SpanEnd <= m.Index || c.SpanStart >= m.Index + m.Length));

    /// <summary>"63/63 passing (100%)", "318/318 testes passando (100%)": only the tests and their pass word stand between.</summary>
    private static bool CloseAfter(string between) =>
        between.Length < 16 || (between.Length < 32 && LineTerms.Matches("pass-words", between));

    /// <summary>A heading that names one unit by its path, route or package: "`/checkout`", "2. @acme/ui-kit", "src/billing".</summary>
    private static bool NamesAUnit(string title) =>
        StatusMarkers.Strip(title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Contains('/', StringComparison.Ordinal) && !w.Contains("://", StringComparison.Ordinal));

    [GeneratedRegex(@"^[^\p{L}\d]*(?:status|estado|statut|состояние|状态|ステータス)[*_]*\s*[:：]\s*[*_]*\s*(?:✅\s*)?[*_]*(?<verdict>pass|passed|passing|ok)[*_]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassStatus();

    /// <summary>"10/11 pruebas pasaron": the pass word says what the ratio counts; the ratio is the claim.</summary>
    private static bool AfterRatio(ClaimCollector collector, Match m) =>
        collector.Claims.Any(c => c.Kind == ClaimKind.TestRatio && c.SpanEnd <= m.Index && m.Index - c.SpanEnd <= 2);

    /// <summary>"### Unit Tests - ✅ ALL PASSING", "### AT-001: Query Analyzer ✅ PASS" name what passed; "✅ PASSED:" alone does not.</summary>
    private static bool NamesASuite(string before) =>
        LineTerms.Matches("test-nouns", before) || AcceptanceId().IsMatch(before);

    /// <summary>"### Integration Tests (1-4) ✅", "## ✅ Pruebas de API": a done heading over a group of tests says they pass
    /// ("### ✅ Testing", "### ✅ Test Coverage" name an activity or a measure: rollups).</summary>
    private static Match? DoneTestGroup(ClaimSource source)
    {
        var text = source.Text;
        if (source.Origin != ClaimOrigin.Heading || !StatusMarkers.HasDone(text) || StatusMarkers.HasNotDone(text) ||
            !LineTerms.Matches("test-suite-nouns", text) || LineTerms.Matches("coverage-words", text))
        {
            return null;
        }

        return DoneMarker().Match(text) is { Success: true } marker ? marker : null;
    }

    [GeneratedRegex(@"✅|✔️?|☑️?|✓")]
    private static partial Regex DoneMarker();

    [GeneratedRegex(@"\b[A-Z]{1,4}-\d{1,4}\b")]
    private static partial Regex AcceptanceId();

    /// <summary>A backticked command that runs tests, then within a few words a pass verdict: "`npm run e2e` (or `make e2e`) recorded PASS".</summary>
    [GeneratedRegex(@"`(?<command>[^`]*\b(?:test|tests|e2e|smoke|spec|specs|pytest|jest|vitest|playwright|cypress|mocha|rspec|phpunit)\b[^`]*)`(?:[^`.;]{0,24}?`[^`]*`)?[^`.;]{0,24}?\b(?<verdict>PASS|PASSED|passe[sd]|passing|green)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommandPassed();

    [GeneratedRegex(@"\b(?:if|verify|ensure|until|when|whether|make sure)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"[(（]\s*$")]
    private static partial Regex OpensParenthesis();

    [GeneratedRegex(@"(?:✅\s*)?\b(?:ALL\s+)?(?:PASS|PASSED|PASSING)\b")]
    private static partial Regex HeadingPass();

    /// <summary>"(0 failures)", "no failed tests": saying nothing failed is no negation of a pass.</summary>
    [GeneratedRegex(@"\b(?:0|no|zero|sin|sans|keine|sem)\s+(?:test\s+)?fail\w*(?:\s+tests?)?", RegexOptions.IgnoreCase)]
    private static partial Regex ZeroFailures();

    /// <summary>"No test failures", "zero failing tests", "0 failed tests": every test passes.</summary>
    [GeneratedRegex(@"\b(?:no|zero)\s+(?:test\s+failures|failing\s+tests|failed\s+tests|tests?\s+failing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoTestFailures();

    /// <summary>An item keyed "Test:" alone, followed by the behaviour under test.</summary>
    [GeneratedRegex(@"^[^\p{L}\d]*(?:test|tests|teste|testes|prueba|pruebas|测试|テスト)[*_]*\s*[:：]\s*[*_]*\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex TestKey();

    [GeneratedRegex(@"\b(?:not|no|never|nicht|pas|no se)\b|\bfail", RegexOptions.IgnoreCase)]
    private static partial Regex NotPassed();
}
