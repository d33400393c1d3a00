using ReadinessAction.Checklists;

namespace ReadinessAction.Claims.Tables;

/// <summary>A claim of a table cell, with the row's subject as its scope and the row's target beside it.</summary>
internal static class ClaimFactory
{
    public static Claim Create(ClaimCollector collector, TableRowView row, int column, ClaimKind kind, Quantity q, ColumnRole role)
    {
        var label = row.Label;
        var claim = collector.New(kind, q.Raw, q.Start, q.End) with
        {
            Value = q,
            ScopeWords = ScopeVocabulary.WordsIn(label),
        };
        var header = column < row.Source.Line.Table!.Header.Count ? row.Source.Line.Table.Header[column] : "";
        return kind switch
        {
            ClaimKind.Coverage => claim with
            {
                Target = TargetOf(collector, row, q),
                ScopePaths = ScopeVocabulary.PathsIn(label),
                Metric = IsBranch(label) || IsBranch(header) ? CoverageMetric.Branch : CoverageMetric.Line,
            },
            // No result file records why a test did not run: "0 blocked" is stated, not verifiable.
            ClaimKind.TestCount when role == ColumnRole.NotRun => claim with { Value = null, Subject = header.Trim('*', ' ') },
            ClaimKind.TestCount => claim with
            {
                Target = TargetOf(collector, row, q),
                CountsPassingOnly = role == ColumnRole.Passed || row.LabelRole == ColumnRole.Passed,
                CountsFailuresOnly = role == ColumnRole.Failed || row.LabelRole == ColumnRole.Failed,
            },
            ClaimKind.PassRate when role == ColumnRole.Failed || row.LabelRole == ColumnRole.Failed => claim with { CountsFailuresOnly = true },
            ClaimKind.TestRatio => claim with { CountsPassingOnly = true },
            ClaimKind.CompletionPercent => claim with { ScopeWords = [], Subject = StatusMarkers.Strip(row.Cells[row.LabelColumn < 0 ? 0 : row.LabelColumn]) },
            _ => claim,
        };
    }

    /// <summary>The first figure of the row's Target column of the same shape ("| 87% | &gt;80% |").</summary>
    private static Quantity? TargetOf(ClaimCollector collector, TableRowView row, Quantity value)
    {
        for (var column = 0; column < row.Cells.Count; column++)
        {
            if (row.Layout.RoleAt(column) == ColumnRole.Target &&
                collector.Free.FirstOrDefault(q => q.Start >= row.Start(column) && q.End <= row.End(column) && q.Shape == value.Shape) is { } target)
            {
                return target;
            }
        }

        return null;
    }

    private static bool IsBranch(string text) => text.Contains("branch", StringComparison.OrdinalIgnoreCase);
}
