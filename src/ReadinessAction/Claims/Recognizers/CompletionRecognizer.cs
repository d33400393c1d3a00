using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// "Status: 70% complete", "Overall Completion: [ ] 0 / 20 items (0%)", "Critical: [ ] 0/5 items", "Overall Score: 52/100",
/// "Total Checklist Items: 150+", "85% Production Ready", and rows of a "Completion by Section" table.
/// </summary>
public sealed partial class CompletionRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin == ClaimOrigin.TableRow)
        {
            RecognizeTableRow(collector);
            return;
        }

        var text = source.Text;
        if (LineContext.OpensWithPlanKey(text))
        {
            return; // "Week 2 Checkpoint: 85% Production Ready": a figure to reach
        }

        var label = LabelBefore(text);
        foreach (var q in collector.Free.ToList())
        {
            if (!collector.IsFree(q) || LineContext.RequiredBefore(text[..q.Start]))
            {
                continue; // "These MUST be 100% complete": a requirement
            }

            var after = text[q.End..];
            if (q.IsRatio && (q.UnitWord is "items" or "item" or "tasks" or "task" || CompleteAfter().IsMatch(after)))
            {
                var percent = collector.Free.FirstOrDefault(p => p.IsPercent && p.Start >= q.End && p.Start - q.End < 16);
                AddClaim(collector, q, percent, label);
            }
            else if (q.IsRatio && ShareOf(collector, q) is { } share)
            {
                AddClaim(collector, q, share, label);
            }
            else if (q.IsRatio && q.Denominator == 100 && ScoreLabel().IsMatch(text[..q.Start]) && !RatesAnAspect(text[..q.Start]))
            {
                AddClaim(collector, q, null, label);
            }
            else if ((q.IsRatio || q.IsPercent) && ScoreHistory().IsMatch(text[..q.Start]) && !RatesAnAspect(text[..q.Start]))
            {
                AddClaim(collector, q, null, label); // "raised the Security score from 6/10 to 8/10": both ends are scores.
            }
            else if (q.Shape is QuantityShape.Number or QuantityShape.Percent && q.UnitWord.Length == 0 && ReadinessScore().IsMatch(text[..q.Start]) && !LineContext.StatesConditions(source))
            {
                AddClaim(collector, q, null, label); // "- [ ] Overall score ≥70"
            }
            else if (q.IsRatio && ClosesTheLine(text, q))
            {
                AddClaim(collector, q, null, StatusMarkers.Strip(text[..text.LastIndexOfAny(['(', '（'], q.Start)]).Trim('*', '_', ' '));
            }
            else if (q.IsPercent && (CompleteAfter().IsMatch(after) || CompletionLabel().IsMatch(text[..q.Start])))
            {
                AddClaim(collector, q, null, label);
            }
            else if (q.Shape == QuantityShape.Number && TotalItemsLabel().IsMatch(text[..q.Start]))
            {
                AddClaim(collector, q, null, label);
            }
        }
    }

    private static void AddClaim(ClaimCollector collector, Quantity value, Quantity? alsoPercent, string? label)
    {
        var end = alsoPercent?.End + 1 ?? value.End;
        end = Math.Min(end, collector.Source.Text.Length);
        var claimed = alsoPercent is null ? value.Raw : $"{value.Raw} ({alsoPercent.Raw})";
        collector.Add(collector.New(ClaimKind.CompletionPercent, claimed, value.Start, end) with { Value = value, Subject = label }, value, alsoPercent);
    }

    /// <summary>"(100%)" or "= 100%": the share follows its count in parentheses or as an equation.</summary>
    private static bool OpensShare(string before) => before[^1] is '(' or '（' || before.TrimEnd().EndsWith('=');

    /// <summary>
    /// "16/16 packages exceed 80% coverage (100%)", "8/8 requirements couverts (100%)": a count of done things followed by
    /// its own share in parentheses ("8/8 requirements = 100%") is a completion figure, unless the things are tests ("290/290 PASS (100%)" is a test ratio).
    /// </summary>
    private static Quantity? ShareOf(ClaimCollector collector, Quantity ratio)
    {
        var text = collector.Source.Text;
        return ratio.AsPercent is { } expected && !LineTerms.Occurs("test-nouns", text) && !LineTerms.Occurs("pass-words", text)
            ? collector.Free.FirstOrDefault(p => p.IsPercent && p.Start > ratio.End && p.Start > 0 && OpensShare(text[..p.Start]) &&
                Math.Abs(p.Value - expected) <= 1 && !collector.Free.Any(r => r.IsRatio && r.Start > ratio.End && r.Start < p.Start))
            : null;
    }

    /// <summary>
    /// "- All exporters use the shared retry policy (6/6)": a count of done things in parentheses closing the line. Not
    /// tests ("passing (48/48)" is a test ratio), not a keyed value ("Résultat: 🟢 migrations validées (12/12)" is a verdict,
    /// "MRR: 0.5 (1/2)" a metric's own fraction).
    /// </summary>
    private static bool ClosesTheLine(string text, Quantity ratio) =>
        ratio.Value <= ratio.Denominator && text.IndexOfAny([':', '：']) < 0 && TrailingParenthesis().IsMatch(text[ratio.End..]) && OpenedBefore().IsMatch(text[..ratio.Start]) && !AfterState().IsMatch(text[..ratio.Start]) &&
        !LineTerms.Occurs("test-nouns", text) && !LineTerms.Occurs("pass-words", text);

    [GeneratedRegex(@"^\s*[)）][\s*_✅✔️]*$")]
    private static partial Regex TrailingParenthesis();

    /// <summary>After a word, not after a state: "All HIGH items complete (5/5)" is the group's rollup, read later.</summary>
    [GeneratedRegex(@"\b(?:complete|completed|done|checked|closed)[*_]*\s*[(（]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterState();

    [GeneratedRegex(@"\p{L}[*_]*\s*[(（]\s*$")]
    private static partial Regex OpenedBefore();

    private static void RecognizeTableRow(ClaimCollector collector)
    {
        var line = collector.Source.Line;
        var column = line.Table!.ColumnOf("completion", "progress", "complete", "done");
        if (column < 0 || line.Cells is null || column >= line.Cells.Count || line.Cells.Count == 0)
        {
            return;
        }

        var cell = line.Cells[column];
        var value = QuantityTokenizer.Tokenize(cell).FirstOrDefault(q => q.IsPercent || q.IsRatio);
        if (value is null)
        {
            return;
        }

        var at = collector.Source.Text.IndexOf(cell, StringComparison.Ordinal);
        if (collector.Free.FirstOrDefault(q => q.Start >= at && q.Raw == value.Raw) is not { } placed)
        {
            return; // read by the table's header already
        }

        collector.Add(
            collector.New(ClaimKind.CompletionPercent, value.Raw, placed.Start, placed.End) with { Value = placed, Subject = StatusMarkers.Strip(line.Cells[0]) },
            placed);
    }

    /// <summary>"Quality Score: 91/100", "Coverage Score: 0/100": a score of one quality of the code, not of readiness.</summary>
    private static bool RatesAnAspect(string before) =>
        LineTerms.Matches("aspect-scores", before) || LineTerms.Matches("coverage-words", before);

    /// <summary>"🔴 Critical: [ ] 0/5 items" names its subject before the colon; generic labels name none.</summary>
    private static string? LabelBefore(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var label = StatusMarkers.Strip(text[..colon]).Trim();
        return GenericLabel().IsMatch(label) || label.Length == 0 ? null : label;
    }

    [GeneratedRegex(@"^\s*\)?\s*(?:complete|completed|done|finished|production[ -]ready|ready)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompleteAfter();

    [GeneratedRegex(@"\b(?:completion|progress|completed)(?:\s+percentage)?\s*:\s*(?:\[[ xX]\]\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CompletionLabel();

    [GeneratedRegex(@"\bscore\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreLabel();

    [GeneratedRegex(@"\bscore\b[^.;:]{0,30}?(?:\bfrom|\bto|→|->)\s*[*_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreHistory();

    [GeneratedRegex(@"\b(?:overall|readiness|total|current)\s+score[*_]*\s*[:：]?\s*[*_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadinessScore();

    [GeneratedRegex(@"\btotal\b[\w\s]*\b(?:items|tasks)[*_]*\s*:\s*[*_]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TotalItemsLabel();

    [GeneratedRegex(@"^(?:status|overall[\w\s]*|total[\w\s]*|completion[\w\s]*|progress|score|readiness)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericLabel();
}
