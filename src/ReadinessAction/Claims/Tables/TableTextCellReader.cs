using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Tables;

/// <summary>
/// Free text in a table (notes, a change log, a gap): a count whose unit names tests ("2 failures", "+26 tests",
/// "1 skip") and a percentage in a cell that speaks of coverage ("Test coverage improved to 34.71%").
/// </summary>
internal static class TableTextCellReader
{
    public static void Read(ClaimCollector collector, TableRowView row, int column)
    {
        var (start, end) = (row.Start(column), row.End(column));
        var cell = row.Cells[column];
        var aboutCoverage = TableVocabulary.Names(cell, ColumnRole.Coverage);
        var aboutTool = NamesToolNotTests(row.Label);
        foreach (var q in collector.Free.Where(q => q.Start >= start && q.End <= end).ToList())
        {
            var unit = q.UnitWord.Length == 0 ? null : TableVocabulary.RoleOf(q.UnitWord, r => r is ColumnRole.Tests or ColumnRole.Passed or ColumnRole.Failed or ColumnRole.Skipped);
            ClaimKind? kind = (q.Shape, unit) switch
            {
                (QuantityShape.Number, ColumnRole.Failed) when aboutTool => ClaimKind.OtherMetric,
                (QuantityShape.Number, not null) when aboutTool => null,
                (QuantityShape.Number, ColumnRole.Skipped) => ClaimKind.SkippedTests,
                (QuantityShape.Number, not null) => ClaimKind.TestCount,
                (QuantityShape.Percent, _) when aboutCoverage => ClaimKind.Coverage,
                _ => null,
            };
            if (kind is { } k)
            {
                var spanEnd = unit is null ? q.End : Math.Min(end, row.Source.Text.IndexOf(q.UnitWord, q.End, StringComparison.Ordinal) + q.UnitWord.Length);
                var claim = collector.New(k, row.Source.Text[q.Start..spanEnd], q.Start, spanEnd) with
                {
                    Value = q,
                    ScopeWords = ScopeVocabulary.WordsIn(row.Label + " " + cell),
                    CountsPassingOnly = unit == ColumnRole.Passed,
                };
                collector.Add(claim, q);
            }
        }
    }

    /// <summary>"| Lint (ESLint) | ✅ | 0 errors |": the errors are the linter's, not failed tests.</summary>
    private static bool NamesToolNotTests(string label) =>
        LineTerms.Matches("fact-subjects", label)
        && TableVocabulary.RoleOf(label, r => r is ColumnRole.Tests or ColumnRole.Passed or ColumnRole.Failed or ColumnRole.PassRate) is null;
}
