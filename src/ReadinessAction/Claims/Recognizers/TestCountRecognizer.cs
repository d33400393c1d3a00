using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>"550+ tests passing", "Unit Tests (144 tests, ...)", "All 500+ tests passing", "All tests passing (550+)",
/// "| Total Test Cases | 550+ | &gt;400 |", a runner's summary "Total: 27 passed, 3 skipped".</summary>
public sealed partial class TestCountRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        var text = source.Text;
        if (source.Origin == ClaimOrigin.TableRow && source.Line.Cells is { Count: >= 2 } cells)
        {
            RecognizeTableRow(collector, cells);
            return;
        }

        if (source.Origin == ClaimOrigin.TaskItem && LineContext.StatesConditions(source))
        {
            return; // "## Next sprint" / "- [ ] Add 40 more integration tests": a planned task, not a count.
        }

        foreach (var q in collector.Free.Where(q => q.Shape == QuantityShape.Number).ToList())
        {
            var after = TestsAfter().Match(text, q.End);
            if (after.Success && NotACount().IsMatch(after.Groups["scope"].Value))
            {
                continue; // "0 skipped tests", "2 failing tests": other recognisers' claims.
            }

            var inParensAfterPassing = q.UnitWord.Length == 0 && TestsPassingBefore().IsMatch(text[..q.Start]);
            var summary = SummaryPassed().Match(text, q.End);
            var inRunSummary = summary.Success && summary.Index == q.End && RunSummary().IsMatch(text);
            if (!(after.Success && after.Index == q.End) && !inParensAfterPassing && !inRunSummary)
            {
                continue;
            }

            var end = after.Success && after.Index == q.End ? after.Index + after.Length : inRunSummary ? summary.Index + summary.Length : q.End;
            var phrase = after.Success && after.Index == q.End ? after.Value : inRunSummary ? summary.Value : text[..q.Start];
            var clause = source.ClauseAround(q.Start, end);
            var scopeWords = ScopeVocabulary.WordsIn(after.Success ? after.Groups["scope"].Value : "");
            var target = collector.Free.FirstOrDefault(t => t.Start > end && t.Shape == QuantityShape.Number && t.UnitWord == "target");
            collector.Add(
                collector.New(ClaimKind.TestCount, q.Raw, q.Start, end) with
                {
                    Value = q,
                    Target = target,
                    ScopeWords = scopeWords.Count > 0 ? scopeWords : ScopeVocabulary.WordsIn(source.Title + " " + clause),
                    CountsPassingOnly = Passing().IsMatch(phrase) || Passing().IsMatch(clause),
                },
                q,
                target);
        }
    }

    private static void RecognizeTableRow(ClaimCollector collector, IReadOnlyList<string> cells)
    {
        if (!TestCountMetric().IsMatch(cells[0]) || cells[0].Contains("coverage", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var firstCellEnd = collector.Source.Text.IndexOf(cells[0], StringComparison.Ordinal) + cells[0].Length;
        var numbers = collector.Free.Where(q => q.Shape == QuantityShape.Number && q.Start >= firstCellEnd).ToList();
        if (numbers.Count == 0)
        {
            return;
        }

        var value = numbers[0];
        var target = numbers.Skip(1).FirstOrDefault();
        collector.Add(
            collector.New(ClaimKind.TestCount, value.Raw, value.Start, value.End) with
            {
                Value = value,
                Target = target,
                ScopeWords = ScopeVocabulary.WordsIn(cells[0]),
                CountsPassingOnly = Passing().IsMatch(cells[0]),
            },
            value,
            target);
    }

    [GeneratedRegex(@"\G\s*(?<scope>(?:\p{L}[\p{L}\d-]*\s+){0,2}?)(?:tests?|test cases|testcases|specs)\b(?!\s+(?:files?|data|suites?|skipped)\b)(?:\s+(?:are\s+)?(?:passing|passed|pass|green))?", RegexOptions.IgnoreCase)]
    private static partial Regex TestsAfter();

    [GeneratedRegex(@"\b(?:skipped|ignored|disabled|failing|failed|flaky|xfailed|broken|hours?|minutes?|days?|seconds?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotACount();

    [GeneratedRegex(@"\G\s+passed\b", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryPassed();

    /// <summary>A test runner's summary, "27 passed, 3 skipped" or "140 passed; 2 failed": the passed figure counts tests.</summary>
    [GeneratedRegex(@"\d\s+passed\s*[,;]\s*\d+\s+(?:failed|skipped|errors?|xfailed|deselected|warnings?)\b|\d\s+(?:failed|skipped)\s*[,;]\s*\d+\s+passed\b", RegexOptions.IgnoreCase)]
    private static partial Regex RunSummary();

    [GeneratedRegex(@"\btests?\s+(?:are\s+)?(?:passing|passed|pass)\s*\(\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TestsPassingBefore();

    [GeneratedRegex(@"\b(?:passing|passed|pass|green)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Passing();

    [GeneratedRegex(@"\btests?\b.*\b(?:cases?|count|total|number|run)\b|\b(?:total|number of)\b.*\btests?\b|^\s*tests?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TestCountMetric();
}
