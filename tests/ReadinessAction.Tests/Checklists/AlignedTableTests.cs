using ReadinessAction.Checklists;

namespace ReadinessAction.Tests.Checklists;

public sealed class AlignedTableTests
{
    private static readonly ChecklistDocument Document = ChecklistParser.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Checklists", "aligned-tables.md")), "aligned-tables.md");

    [Fact]
    public void A_multiline_pandoc_table_gives_one_row_a_line_with_its_cells_under_the_header()
    {
        var rows = Document.Lines.Where(l => l.Kind == LineKind.TableRow && l.Section.Title == "Execution").ToList();

        Assert.Equal([8, 10], rows.Select(r => r.Line));
        Assert.Equal(["Suite", "Executed", "Passed", "Failed", "Pass %"], rows[0].Table!.Header);
        Assert.Equal(["Functional", "120", "115", "5", "95.8%"], rows[0].Cells!);
        Assert.Equal(["Regression", "80", "78", "2", "97.5%"], rows[1].Cells!);
    }

    [Fact]
    public void A_simple_pandoc_table_ends_at_the_blank_line()
    {
        var rows = Document.Lines.Where(l => l.Kind == LineKind.TableRow && l.Section.Title == "Simple").ToList();

        Assert.Equal([["Billing", "42", "88%"], ["Auth", "17", "91%"]], rows.Select(r => r.Cells!.ToArray()));
        Assert.Contains(Document.Lines, l => l.Kind == LineKind.Paragraph && l.Text == "Plain text after the table.");
    }

    [Fact]
    public void Columns_in_a_code_fence_are_not_a_table()
    {
        Assert.DoesNotContain(Document.Lines, l => l.Text.Contains("fence", StringComparison.Ordinal));
    }
}
