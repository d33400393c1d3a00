using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Tables;

/// <summary>
/// Reads a table row by its header: each cell is a claim of its column's kind about the row's subject
/// ("| Billing | 342 | 310 | 90.6% | 81% |" under "| Module | Tests | Passing | Pass Rate | Coverage |"). Target, gap,
/// weight and plan cells claim nothing; a Value cell takes its kind from the row label, else from the heading.
/// Every cell it reads is taken from later recognisers; label and notes cells stay for them.
/// </summary>
public sealed class TableRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin != ClaimOrigin.TableRow || source.Line.Table is not { } table || source.Line.Cells is null)
        {
            return;
        }

        var layout = TableLayout.Of(table);
        if (LineContext.StatesConditions(source) && !table.Header.Any(h => TableVocabulary.Names(h, ColumnRole.Value)))
        {
            return; // a table of targets or projections ("**Week-by-week projection:**") with no column of current values
        }

        var row = new TableRowView(source, layout);
        for (var column = 0; column < row.Cells.Count; column++)
        {
            var role = layout.RoleAt(column);
            if (role is ColumnRole.Notes or ColumnRole.Derived)
            {
                TableTextCellReader.Read(collector, row, column);
            }

            if (!layout.IsUnderstood)
            {
                if (role is ColumnRole.NotAClaim or ColumnRole.Target or ColumnRole.Derived or ColumnRole.Weight or ColumnRole.Plan)
                {
                    collector.Reserve(row.Start(column), row.End(column));
                }
                else if (role == ColumnRole.Status && column != row.LabelColumn)
                {
                    TableCellReader.ReadCheckStatus(collector, row, column);
                }

                continue; // the line recognisers read a table whose header names no figures
            }

            if (column == row.LabelColumn && role == ColumnRole.Path)
            {
                TableCellReader.Read(collector, row, column, role);
            }

            if (column == row.LabelColumn || role is ColumnRole.Label or ColumnRole.Notes)
            {
                continue; // the line recognisers read labels and notes
            }

            TableCellReader.Read(collector, row, column, role);
            collector.Reserve(row.Start(column), row.End(column));
        }
    }
}
