using System.Text;

using ReadinessAction.Checklists;
using ReadinessAction.Diagnostics;

namespace ReadinessAction.Tests.Checklists;

public sealed class ChecklistParserTests
{
    private const string Sample = """
        # Title

        ## Section 1 ✅

        - [x] done
          - [ ] nested open
        1. [X] numbered done

        ### [ ] 1. Heading item
        - [ ] under heading item

        ```bash
        - [x] inside a fence
        ```

        | Metric | Value | Done |
        |---|---|---|
        | **Coverage** | 87% | ☐ |
        """;

    [Fact]
    public void Headings_form_a_tree_with_source_lines()
    {
        var document = ChecklistParser.Parse(Sample, "a.md");
        var title = Assert.Single(document.Root.Children);
        Assert.Equal(("Title", 1, 1), (title.Title, title.Level, title.Line));
        var section = Assert.Single(title.Children);
        Assert.Equal(("Section 1 ✅", 3), (section.Title, section.Line));
        Assert.Equal("1. Heading item", Assert.Single(section.Children).Title);
        Assert.Equal(18, section.EndLine);
    }

    [Fact]
    public void Task_items_are_found_at_any_depth_in_lists_numbered_lists_and_headings_but_not_in_fences()
    {
        var items = ChecklistParser.Parse(Sample, "a.md").Items;
        Assert.Equal(
            [(5, true, "done", false), (6, false, "nested open", false), (7, true, "numbered done", false), (9, false, "1. Heading item", true), (10, false, "under heading item", false)],
            items.Select(i => (i.Line, i.IsChecked, i.Text, i.IsHeading)));
        Assert.Equal(1, items[3].Number);
    }

    [Fact]
    public void Heading_item_belongs_to_the_section_above_and_marks_its_own_section()
    {
        var document = ChecklistParser.Parse(Sample, "a.md");
        var item = document.Items.Single(i => i.IsHeading);
        Assert.Equal("Section 1 ✅", item.Section.Title);
        Assert.Same(item, item.Section.Children.Single().HeadingItem);
    }

    [Fact]
    public void Table_rows_keep_their_header_and_cells_with_emphasis_stripped()
    {
        var row = ChecklistParser.Parse(Sample, "a.md").Lines.Single(l => l.Kind == LineKind.TableRow);
        Assert.Equal(18, row.Line);
        Assert.Equal(["Metric", "Value", "Done"], row.Table!.Header);
        Assert.Equal(["Coverage", "87%", "☐"], row.Cells);
    }

    [Fact]
    public void Paragraph_lines_keep_their_own_line_numbers()
    {
        var lines = ChecklistParser.Parse("**Project**: X\n**Status**: ✅ READY\n", "a.md").Lines;
        Assert.Equal([(1, "Project: X"), (2, "Status: ✅ READY")], lines.Select(l => (l.Line, l.Text)));
    }

    [Fact]
    public void A_box_in_the_middle_of_a_line_is_not_a_task_item()
    {
        var document = ChecklistParser.Parse("- 🔴 Critical: [ ] 0/5 items (0%)\n### Overall Completion: [ ] 0 / 20 items\n", "a.md");
        Assert.Empty(document.Items);
        Assert.Equal("🔴 Critical: [ ] 0/5 items (0%)", document.Lines[0].Text);
    }

    [Theory]
    [InlineData("‚úÖ Done ‚è≥ wait ‚ö†Ô∏è careful", "✅ Done ⏳ wait ⚠️ careful", "Mac Roman")]
    [InlineData("âœ… Done", "✅ Done", "Windows-1252")]
    public void Mojibake_is_repaired_from_either_code_page(string broken, string repaired, string codePage)
    {
        var repair = MojibakeRepairer.TryRepair(broken);
        Assert.NotNull(repair);
        Assert.Equal(repaired, repair.Text);
        Assert.Equal(codePage, repair.CodePage);
    }

    [Theory]
    [InlineData("Réalisé à 87 % — déjà")]
    [InlineData("Plain ASCII")]
    [InlineData("Emoji ✅ already right")]
    public void Correct_text_is_not_touched(string text) => Assert.Null(MojibakeRepairer.TryRepair(text));

    [Fact]
    public void Utf16_big_endian_without_bom_is_decoded()
    {
        var text = ChecklistTextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes("- [x] ok\n"), "a.md", new DiagnosticBag());
        Assert.Equal("- [x] ok\n", text);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_with_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var text = ChecklistTextDecoder.Decode([0x2D, 0x20, 0x93, 0x6F, 0x6B, 0x94], "a.md", diagnostics);
        Assert.Equal("- \u201Cok\u201D", text);
        Assert.Equal("checklist-encoding", Assert.Single(diagnostics.Items).Code);
    }
}
