using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Tables;

/// <summary>The claims of one cell of an understood table.</summary>
internal static partial class TableCellReader
{
    public static void Read(ClaimCollector collector, TableRowView row, int column, ColumnRole? role)
    {
        if (IsScaleRow(row))
        {
            return;
        }

        switch (role)
        {
            case ColumnRole.Path:
                ReadPath(collector, row, column);
                return;
            case ColumnRole.Status:
                ReadStatus(collector, row, column);
                return;
            case null when row.Layout.CoverageFromHeading && column != row.LabelColumn:
                ReadCoverageFromHeading(collector, row, column);
                return;
            case null or ColumnRole.NotAClaim or ColumnRole.Target or ColumnRole.Derived or ColumnRole.Weight or ColumnRole.Plan:
                return;
        }

        if (row.LabelRole is { } labelRole && RoleKinds.ClaimsNothing(labelRole))
        {
            return; // "| 目标覆盖率 | 80% |": the row states a target.
        }

        if (LineContext.OpensWithPlanKey(row.Cells[column]))
        {
            return; // "| Day 3 | Target: 290 |": a planned value in the column of actual ones.
        }

        var roles = RolesFor(role.Value, row);
        var quantities = collector.Free.Where(q => q.Start >= row.Start(column) && q.End <= row.End(column)).ToList();
        if (quantities.Count == 0 && role == ColumnRole.Value)
        {
            ReadWord(collector, row, column);
            return;
        }

        Claim? previous = null;
        foreach (var q in quantities)
        {
            var between = row.Source.Text[(previous?.SpanEnd ?? row.Start(column))..q.Start];
            if (previous is not null && TableVocabulary.Names(between, ColumnRole.Target))
            {
                var withTarget = previous with { Target = q };
                collector.Replace(previous, withTarget);
                collector.Use(q);
                previous = withTarget;
                continue;
            }

            if (KindOf(q, roles, row, role.Value) is not { } kind)
            {
                AddCoverageFromHeading(collector, row, column, q);
                continue;
            }

            if ((previous is { Kind: ClaimKind.CompletionPercent } && kind == ClaimKind.CompletionPercent) ||
                (previous is { Kind: ClaimKind.OtherMetric } && kind == ClaimKind.OtherMetric && OpensDetail(row.Source.Text[previous.SpanStart..q.Start])))
            {
                // "100% (10/10)": one completion claim; "75% (303 -> 75 tokens)": the figures in parentheses detail the first.
                var claimed = kind == ClaimKind.CompletionPercent ? $"{previous.Claimed} ({q.Raw})" : row.Source.Text[previous.SpanStart..q.End];
                var joined = previous with { Claimed = claimed, SpanEnd = q.End };
                collector.Replace(previous, joined);
                collector.Use(q);
                previous = joined;
                continue;
            }

            previous = ClaimFactory.Create(collector, row, column, kind, q, role.Value);
            collector.Add(previous, q, previous.Target);
        }
    }

    /// <summary>"| api/zone.rs | 32.14% | 58.92% |" under "### Coverage by module": the unnamed column's percents are coverage.</summary>
    private static void ReadCoverageFromHeading(ClaimCollector collector, TableRowView row, int column)
    {
        foreach (var q in collector.Free.Where(q => q.Start >= row.Start(column) && q.End <= row.End(column)).ToList())
        {
            AddCoverageFromHeading(collector, row, column, q);
        }
    }

    /// <remarks>A change ("+12.5%") is no figure; a figure repeated across the row ("| 100% | 100% | 100% |") is claimed once.</remarks>
    private static void AddCoverageFromHeading(ClaimCollector collector, TableRowView row, int column, Quantity q)
    {
        if (!row.Layout.CoverageFromHeading || row.LabelRole is not null || !q.IsPercent || IsChange(row.Source.Text, q) ||
            collector.Claims.Any(c => c.Kind == ClaimKind.Coverage && c.Claimed == q.Raw))
        {
            return;
        }

        collector.Add(ClaimFactory.Create(collector, row, column, ClaimKind.Coverage, q, ColumnRole.Coverage), q);
    }

    private static bool IsChange(string text, Quantity q) =>
        q.Raw.StartsWith('+') || (q.Start > 0 && text[q.Start - 1] is '+' or '-' or '−' or '±');

    /// <summary>"75% (303 -> 75": a parenthesis opened after the first figure and not yet closed.</summary>
    private static bool OpensDetail(string fromPrevious) =>
        fromPrevious.LastIndexOfAny(['(', '（']) is var open and > 0 && fromPrevious.IndexOfAny([')', '）'], open) < 0;

    /// <summary>The unit's kind, else the first role's that gives this shape one, else a total row's item count.</summary>
    private static ClaimKind? KindOf(Quantity q, List<ColumnRole> roles, TableRowView row, ColumnRole column)
    {
        if (UnitRole(q) is { } unit && RoleKinds.KindOf(unit, q) is { } byUnit)
        {
            return byUnit;
        }

        return roles.Select(r => RoleKinds.KindOf(r, q)).FirstOrDefault(k => k is not null) is { } kind
            ? (ProgressOfRow(q, roles, row) ? ClaimKind.CompletionPercent : kind)
            : TotalItems(row, column, q);
    }

    /// <summary>"| Infrastructure Deployed | 100% | 60% |": a bare percent that neither the row nor the heading names, and
    /// not a rate ("| Cache hit rate | 92% |"), is how far the row has got.</summary>
    private static bool ProgressOfRow(Quantity q, List<ColumnRole> roles, TableRowView row) =>
        q.IsPercent && q.UnitWord.Length == 0 && roles is [ColumnRole.Value] && !RateWord().IsMatch(row.Label) &&
        !UsageWord().IsMatch(row.Label) && !LineTerms.Occurs("runtime-metrics", row.Label) && !FiguresFollow(row.Source.Text, q);

    /// <summary>"| compact | 64% (500 -> 180 tokens) |": a percent shown with the figures it was computed from is a
    /// measurement, not how far work has got.</summary>
    private static bool FiguresFollow(string text, Quantity q) =>
        text.AsSpan(q.End) is var rest && rest[..(rest.IndexOf('|') is var bar and >= 0 ? bar : rest.Length)].IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>"| 80-90% | Good |": a row named by a band of figures is a grading scale, not a measured module or task.</summary>
    private static bool IsScaleRow(TableRowView row) => row.Cells.Count > 0 && ScaleLabel().IsMatch(row.Cells[0].Trim());

    [GeneratedRegex(@"^\W*[<>≥≤]?\s*\d+(?:[.,]\d+)?\s*%?\s*(?:[-–—]\s*\d+(?:[.,]\d+)?\s*%|%\s*\+|\+?\s*%)\W*$")]
    private static partial Regex ScaleLabel();

    /// <summary>"| CPU Usage | 70% |": how much of a resource is used, never how far work has got.</summary>
    [GeneratedRegex(@"\b(?:usage|utili[sz]ation|load|cpu|memory|disk|auslastung|uso|utilisation|использование)\b|使用率|占用", RegexOptions.IgnoreCase)]
    private static partial Regex UsageWord();

    [GeneratedRegex(@"\b(?:rate|ratio|share|taux|tasa|taxa|quote|rate|доля)\b|率|比", RegexOptions.IgnoreCase)]
    private static partial Regex RateWord();

    /// <summary>A unit that names tests says what the figure counts, whatever the column ("120/120 passed", "45 tests").</summary>
    private static ColumnRole? UnitRole(Quantity q) => q.UnitWord.Length == 0 || q.IsPercent
        ? null
        : TableVocabulary.RoleOf(q.UnitWord, r => r is ColumnRole.Tests or ColumnRole.Passed or ColumnRole.Failed or ColumnRole.Skipped);

    /// <summary>The item counts of a total row state the checklist's completion ("| TOTAL | 54 | 53 | 0 | 98% |").</summary>
    private static ClaimKind? TotalItems(TableRowView row, ColumnRole role, Quantity q) =>
        role == ColumnRole.Items && row.IsTotal && q.Shape == QuantityShape.Number ? ClaimKind.CompletionPercent : null;

    /// <summary>Which roles, in order, may give a figure its kind: a Value cell asks the row label, then the heading.</summary>
    private static List<ColumnRole> RolesFor(ColumnRole column, TableRowView row)
    {
        var measured = row.LabelRole is { } l && RoleKinds.Measures(l) ? l : (ColumnRole?)null;
        return column switch
        {
            // In a weighted scorecard ("| Area | Weight | Current |") an unnamed figure is the area's score.
            ColumnRole.Value => [.. new[] { measured, row.SectionRole, row.Layout.IsWeighted ? ColumnRole.Completion : ColumnRole.Value }.OfType<ColumnRole>()],
            ColumnRole.Completion when measured is ColumnRole.Coverage or ColumnRole.PassRate => [measured.Value, ColumnRole.Completion],
            _ => [column],
        };
    }

    /// <summary>"| internal/api/handlers | ✅ PASS |" under "Package": a repository path.</summary>
    private static void ReadPath(ClaimCollector collector, TableRowView row, int column)
    {
        var path = row.Cells[column].Trim('`', ' ');
        if (path.Contains('/', StringComparison.Ordinal) && !path.Contains(' ', StringComparison.Ordinal) && !path.Contains("://", StringComparison.Ordinal) &&
            collector.IsFree(row.Start(column), row.End(column)))
        {
            collector.Add(collector.New(ClaimKind.FileExists, path, row.Start(column), row.End(column)) with { ScopePaths = [path], Subject = path });
        }
    }

    /// <summary>"✅ PASS" states a result where no Value column holds one; "✅ 100%" states completion.</summary>
    private static void ReadStatus(ClaimCollector collector, TableRowView row, int column)
    {
        var cell = row.Cells[column];
        // "✅ +6% above target", "🟡 79% of target": a figure derived from the target, not the row's completion.
        var percent = TableVocabulary.Names(cell, ColumnRole.Target) ? null : collector.Free.FirstOrDefault(q => q.IsPercent && q.Start >= row.Start(column) && q.End <= row.End(column));
        if (percent is not null)
        {
            collector.Add(ClaimFactory.Create(collector, row, column, ClaimKind.CompletionPercent, percent, ColumnRole.Status), percent);
        }
        else if (row.IsTotal && StatusMarkers.HasDone(cell) && TableVocabulary.Names(cell, ColumnRole.DoneWord))
        {
            // "| 合計 | ... | ✅ 完成 |": the total row says the whole table is done.
            var section = StatusMarkers.Strip(row.Source.Line.Section.Title);
            collector.Add(collector.New(ClaimKind.StatusRollup, TableRowView.Clean(cell), row.Start(column), row.End(column)) with { Subject = section });
        }
        else if (!row.Layout.HasValueColumn && TableVocabulary.RoleOf(cell, r => r is ColumnRole.Passed or ColumnRole.Failed) is not null)
        {
            collector.Add(collector.New(ClaimKind.PassRate, cell, row.Start(column), row.End(column)) with
            {
                ScopeWords = ScopeVocabulary.WordsIn(row.Label),
                ScopePaths = ScopeVocabulary.PathsIn(row.Label),
            });
        }
    }

    /// <summary>"| Mobile Detox Tests | ❌ FAIL | ... |": a named check's result, a pass rate when the check runs tests.</summary>
    public static void ReadCheckStatus(ClaimCollector collector, TableRowView row, int column)
    {
        var cell = row.Cells[column];
        var (start, end) = (row.Start(column), row.End(column));
        if (!collector.IsFree(start, end) || TableVocabulary.RoleOf(cell, r => r is ColumnRole.Passed or ColumnRole.Failed) is null)
        {
            return;
        }

        var aboutTests = TableVocabulary.RoleOf(row.Label, r => r is ColumnRole.Tests or ColumnRole.Passed or ColumnRole.Failed or ColumnRole.PassRate) is not null ||
            ListsTests(row);
        collector.Add(collector.New(aboutTests ? ClaimKind.PassRate : ClaimKind.OtherMetric, cell.Trim(), start, end) with
        {
            ScopeWords = ScopeVocabulary.WordsIn(row.Label),
        });
    }

    /// <summary>"| Test | Description | Status |": each row is one test, whatever its name says.</summary>
    private static bool ListsTests(TableRowView row) =>
        row.Source.Line.Table is { Header: [var first, ..] } && TableRowView.Clean(first) is var name &&
        LineTerms.Of("test-nouns").Match(name) is { Success: true } noun && noun.Length == name.Length;

    /// <summary>A Value cell in words: "Complete" is a rollup, a grade ("A") or "Yes" for configured tooling is a metric.</summary>
    private static void ReadWord(ClaimCollector collector, TableRowView row, int column)
    {
        var word = TableRowView.Clean(row.Cells[column]);
        var (start, end) = (row.Start(column), row.End(column));
        if (row.Cells[column].Length <= 24 && TableVocabulary.RoleOf(row.Cells[column], r => r is ColumnRole.Passed or ColumnRole.Failed) is not null)
        {
            // "| Type check | ✅ PASS | strict mode |" under "| Check | Result | Notes |": the check's result.
            ReadCheckStatus(collector, row, column);
            return;
        }

        if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        if (TableVocabulary.Names(word, ColumnRole.DoneWord))
        {
            collector.Add(collector.New(ClaimKind.StatusRollup, word, start, end) with { Subject = row.Label });
        }
        else if (IsGrade(word) || (TableVocabulary.Names(word, ColumnRole.YesWord) && TableVocabulary.Names(row.Label, ColumnRole.Tooling)))
        {
            collector.Add(collector.New(ClaimKind.OtherMetric, word, start, end) with { ScopeWords = ScopeVocabulary.WordsIn(row.Label) });
        }
    }

    private static bool IsGrade(string word) => word.Length is 1 or 2 && word[0] is >= 'A' and <= 'F' && (word.Length == 1 || word[1] is '+' or '-');
}
