using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// "87% backend coverage (target: &gt;80%)", "Test coverage &gt;90% for MCP code (svc/, core/)", "85-90% coverage",
/// "Code coverage meets minimum threshold (80%+)", "Unit test coverage ≥ 80%", "| Unit Test Coverage | 87% | &gt;80% |".
/// </summary>
public sealed partial class CoverageRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        var text = source.Text;
        var firstMention = LineTerms.Occurs("coverage-words", text) ? CoverageWord().Match(text) : Match.Empty;
        if (source.Origin is not ClaimOrigin.TaskItem && LineContext.OpensWithPlanKey(text))
        {
            return; // "Target: 70% coverage" outside a checklist item plans a figure; it claims none.
        }

        if (!firstMention.Success)
        {
            RecognizeUnderCoverageHeading(collector);
            return;
        }

        if (source.Origin == ClaimOrigin.TableRow && source.Line.Cells is { Count: >= 2 } cells)
        {
            RecognizeTableRow(collector, cells);
            return;
        }

        foreach (var score in collector.Free.Where(q => q.IsRatio && q.Denominator == 100 && ScoreKey().IsMatch(text[..q.Start])).ToList())
        {
            // "Overall Coverage Score: 0/100": a coverage figure on a scale of 100.
            collector.Add(collector.New(ClaimKind.Coverage, score.Raw, score.Start, score.End) with { Value = score, ScopeWords = ScopeVocabulary.WordsIn(source.Title) }, score);
        }

        Claim? previous = null;
        foreach (var q in collector.Free.Where(q => q.IsPercent).ToList())
        {
            var clause = source.ClauseAround(q.Start, q.End);
            var isTarget = TargetWord().IsMatch(text[Math.Max(0, q.Start - 24)..q.Start]);
            if (isTarget && previous is not null)
            {
                var withTarget = previous with { Target = q };
                Replace(collector, previous, withTarget, q);
                previous = withTarget;
                continue;
            }

            if (SignedChange().IsMatch(text[..q.Start]))
            {
                continue; // "1.1% → 22.5% (+21.4%)": the change between two figures, not a figure.
            }

            var aboutCoverage = CoverageWord().IsMatch(clause) ||
                (firstMention.Index < q.Start && (OnlyScopeWords(clause, q) || NamedAgain(text, q) || Qualifies(text, firstMention, q) || (previous is not null && NextInList(clause, q))));
            if (!aboutCoverage)
            {
                continue;
            }

            var scopeText = ScopeVocabulary.WordsIn(clause).Count > 0 ? clause : source.Title;
            // "(exceeds 80% target)": the threshold says coverage is at least that much, not exactly it.
            var value = q.Comparison == Comparison.Exactly && ThresholdAfter().IsMatch(text[q.End..]) ? q with { Comparison = Comparison.AtLeast } : q;
            var claim = collector.New(ClaimKind.Coverage, q.Raw, q.Start, q.End) with
            {
                Value = value,
                ScopeWords = ScopeVocabulary.WordsIn(scopeText),
                ScopePaths = ScopeVocabulary.PathsIn(text),
                Metric = BranchWord().IsMatch(clause) || BranchWord().IsMatch(source.Title) ? CoverageMetric.Branch : CoverageMetric.Line,
            };
            collector.Add(claim, q);
            previous = claim;
        }
    }

    private static void RecognizeTableRow(ClaimCollector collector, IReadOnlyList<string> cells)
    {
        var source = collector.Source;
        if (!CoverageWord().IsMatch(cells[0]))
        {
            return;
        }

        var table = source.Line.Table!;
        var targetColumn = table.ColumnOf("target", "goal", "threshold", "required", "minimum");
        var percents = collector.Free.Where(q => q.IsPercent).ToList();
        var firstCellEnd = source.Text.IndexOf(cells[0], StringComparison.Ordinal) + cells[0].Length;
        var targetStart = targetColumn > 0 && targetColumn < cells.Count ? CellStart(source.Text, cells, targetColumn) : int.MaxValue;
        var value = percents.FirstOrDefault(q => q.Start >= firstCellEnd && q.Start < targetStart) ?? percents.FirstOrDefault(q => q.Start < firstCellEnd);
        if (value is null)
        {
            return;
        }

        var target = percents.FirstOrDefault(q => q.Start >= targetStart && q != value);
        collector.Add(
            collector.New(ClaimKind.Coverage, value.Raw, value.Start, value.End) with
            {
                Value = value,
                Target = target,
                ScopeWords = ScopeVocabulary.WordsIn(cells[0]),
                ScopePaths = ScopeVocabulary.PathsIn(cells[0]),
                Metric = BranchWord().IsMatch(cells[0]) ? CoverageMetric.Branch : CoverageMetric.Line,
            },
            value,
            target);
    }

    /// <summary>
    /// "- **Services**: 92%" or "- ✅ **87%** (target: 85%)" under "## Coverage": a line that opens with a percent, after
    /// at most a key, reads its kind from its heading. A key that names tests, passes or completion is another kind;
    /// under "Documentation Coverage" the percent is how complete the documentation is.
    /// </summary>
    private static void RecognizeUnderCoverageHeading(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin is ClaimOrigin.Heading or ClaimOrigin.TableRow or ClaimOrigin.FrontMatter || source.Quantities.Count == 0 ||
            source.Quantities[0] is not { IsPercent: true } q || !collector.IsFree(q) ||
            source.Line.Section is not { Level: > 0 } section || !CoverageWord().IsMatch(section.Title))
        {
            return;
        }

        var key = source.Text[..q.Start];
        if (!KeyOnly().IsMatch(key) && ReachedMilestone(source, key))
        {
            AddMilestone(collector, section);
            return;
        }

        if (!KeyOnly().IsMatch(key) || LineTerms.Occurs("test-nouns", key) || LineTerms.Occurs("pass-words", key) || LineTerms.Occurs("completion-words", key) ||
            LineContext.StatesConditions(source))
        {
            return;
        }

        var label = StatusMarkers.Strip(key).Trim('*', '_', ' ', ':', '：', '-', '–', '—');
        if (LineTerms.Matches("completion-keys", section.Title))
        {
            // "## Documentation Coverage" / "- User guides: 100%": a share of documentation written is how complete it is.
            collector.Add(collector.New(ClaimKind.CompletionPercent, q.Raw, q.Start, q.End) with { Value = q, Subject = label }, q);
            return;
        }

        var target = collector.Free.FirstOrDefault(t => t.IsPercent && t != q && TargetWord().IsMatch(source.Text[Math.Max(0, t.Start - 24)..t.Start]));
        collector.Add(
            collector.New(ClaimKind.Coverage, q.Raw, q.Start, q.End) with
            {
                Value = q,
                Target = target,
                ScopeWords = ScopeVocabulary.WordsIn(label),
                ScopePaths = ScopeVocabulary.PathsIn(label),
                Metric = BranchWord().IsMatch(label) || BranchWord().IsMatch(section.Title) ? CoverageMetric.Branch : CoverageMetric.Line,
            },
            q,
            target);
    }

    /// <summary>"- ✅ Passed 70% (from 64.2%)", "- ✅ parser.rs 突破 70%" under "### Coverage milestones": a done line whose
    /// short lead (no figure, no other measure) reaches the percents it holds.</summary>
    private static bool ReachedMilestone(ClaimSource source, string key) =>
        source.Origin is ClaimOrigin.ListLine or ClaimOrigin.TaskItem && StatusMarkers.HasDone(source.Text) && key.Length <= 30 && !key.Any(char.IsAsciiDigit) &&
        !LineTerms.Occurs("test-nouns", source.Text) && !LineTerms.Occurs("pass-words", source.Text) && !LineTerms.Occurs("completion-words", source.Text) &&
        !LineContext.StatesConditions(source);

    private static void AddMilestone(ClaimCollector collector, ChecklistSection section)
    {
        var text = collector.Source.Text;
        foreach (var p in collector.Free.Where(p => p.IsPercent && !(p.Start > 0 && text[p.Start - 1] is '+' or '-' or '−')).ToList())
        {
            collector.Add(
                collector.New(ClaimKind.Coverage, p.Raw, p.Start, p.End) with
                {
                    Value = p,
                    ScopePaths = ScopeVocabulary.PathsIn(text),
                    Metric = BranchWord().IsMatch(section.Title) ? CoverageMetric.Branch : CoverageMetric.Line,
                },
                p);
        }
    }

    /// <summary>Nothing before the percent but markers, emphasis and a short key ending in a colon or a dash ("server.rs - 94%").</summary>
    [GeneratedRegex(@"^[^\p{L}\d]*(?:[^:：\d]{1,40}(?:[:：]|\s[-–—])[\s*_]*)?$")]
    private static partial Regex KeyOnly();

    private static int CellStart(string rowText, IReadOnlyList<string> cells, int column)
    {
        var at = 0;
        for (var i = 0; i <= column; i++)
        {
            at = rowText.IndexOf(cells[i], at, StringComparison.Ordinal) + (i < column ? cells[i].Length : 0);
        }

        return at;
    }

    private static void Replace(ClaimCollector collector, Claim old, Claim updated, Quantity target)
    {
        collector.Replace(old, updated);
        collector.Use(target);
    }

    /// <summary>"87% backend" inside "(87% backend, 93% frontend)" after "coverage" was said once.</summary>
    private static bool OnlyScopeWords(string clause, Quantity q)
    {
        var words = Words().Matches(clause.Replace(q.Raw, "", StringComparison.Ordinal)).Select(m => m.Value).ToList();
        return words.Count == ScopeVocabulary.WordsIn(string.Join(' ', words)).Count;
    }

    /// <summary>"Test coverage adequate (86-100% on critical paths)": the figure opens the parenthesis right after the words naming coverage.</summary>
    private static bool Qualifies(string text, Match mention, Quantity q) =>
        mention.Index + mention.Length <= q.Start && QualifyingParenthesis().IsMatch(text[(mention.Index + mention.Length)..q.Start]);

    /// <summary>"Coverage: ≥ 80% overall, ≥ 90% auth": after a coverage figure, a figure with at most two words is the next of the list.</summary>
    private static bool NextInList(string clause, Quantity q) =>
        clause.IndexOf(q.Raw, StringComparison.Ordinal) is var at && at >= 0 && clause[..at].Trim().Length == 0 &&
        Words().Count(clause[(at + q.Raw.Length)..]) <= 2 && !clause[(at + q.Raw.Length)..].Any(char.IsAsciiDigit);

    [GeneratedRegex(@"^[\p{L}\s*_-]{0,30}[(（]\s*$")]
    private static partial Regex QualifyingParenthesis();

    /// <summary>After coverage was named: "(exceeds 80% target)" is its threshold, "(currently 34.7%)", "(up from 82%)" its value now or before.</summary>
    private static bool NamedAgain(string text, Quantity q) =>
        ThresholdAfter().IsMatch(text[q.End..]) || ValueBefore().IsMatch(text[..q.Start]);

    [GeneratedRegex(@"^\s*(?:target|threshold|goal|minimum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThresholdAfter();

    [GeneratedRegex(@"\b(?:currently|now|up\s+from|down\s+from)\s*[:：]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ValueBefore();

    [GeneratedRegex(@"(?:→|->).*[(（]\s*[+−-]\s*$")]
    private static partial Regex SignedChange();

    private static Regex CoverageWord() => LineTerms.Of("coverage-words");

    [GeneratedRegex(@"\bscore[*_]*\s*[:：]\s*[*_]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreKey();

    [GeneratedRegex(@"\b(?:target|goal|threshold|required|minimum)\b\s*:?\s*$|\bvs\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetWord();

    private static Regex BranchWord() => LineTerms.Of("branch-words");

    [GeneratedRegex(@"\p{L}[\p{L}-]*")]
    private static partial Regex Words();
}
