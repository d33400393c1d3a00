using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace ReadinessAction.Checklists;

/// <summary>Accumulates sections, items and lines while <see cref="ChecklistParser"/> walks the Markdig tree in order.</summary>
internal sealed class DocumentBuilder
{
    private readonly ChecklistSection _root;
    private readonly List<ChecklistSection> _sections = [];
    private readonly List<ChecklistItem> _items = [];
    private readonly List<ChecklistLine> _lines = [];
    private ChecklistSection _current;

    public DocumentBuilder(ChecklistSection root)
    {
        _root = root;
        _current = root;
    }

    public void Heading(HeadingBlock heading)
    {
        var text = string.Join(' ', InlineText.Lines(heading.Inline).Select(l => l.Text)).Trim();
        var links = InlineText.Lines(heading.Inline).SelectMany(l => l.Links).ToList();
        var (state, title, number) = ChecklistParser.SplitHeadingTask(text);
        while (_current.Level >= heading.Level && _current.Parent is not null)
        {
            _current = _current.Parent;
        }

        var line = heading.Line + 1;
        var section = new ChecklistSection(title, heading.Level, line, _current);
        _current.AddChild(section);
        _sections.Add(section);
        ChecklistItem? item = null;
        if (state is { } taskState)
        {
            item = new ChecklistItem(line, taskState, title, IsHeading: true, number, _current);
            _current.AddItem(item);
            _items.Add(item);
            section.HeadingItem = item;
        }

        _current = section;
        _lines.Add(new ChecklistLine(line, LineKind.Heading, title, section, links, item));
    }

    public void Paragraph(ParagraphBlock paragraph, bool leadsListItem)
    {
        var lines = InlineText.Lines(paragraph.Inline);
        var first = paragraph.Line + 1;
        if (leadsListItem && lines.Count > 0 && lines[0].Task is { } state)
        {
            // A task item's text may wrap over several source lines; it is one item on its first line.
            var text = string.Join(' ', lines.Select(l => l.Text)).Trim();
            var item = new ChecklistItem(first, state, text, IsHeading: false, null, _current);
            _current.AddItem(item);
            _items.Add(item);
            _lines.Add(new ChecklistLine(first, LineKind.TaskItem, text, _current, [.. lines.SelectMany(l => l.Links)], item));
            return;
        }

        foreach (var line in lines.Where(l => l.Text.Length > 0))
        {
            var kind = leadsListItem && line.LineOffset == 0 ? LineKind.ListItem : LineKind.Paragraph;
            _lines.Add(new ChecklistLine(first + line.LineOffset, kind, line.Text, _current, line.Links));
        }
    }

    public void Table(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var model = new ChecklistTable(table.Line + 1, header is null ? [] : Cells(header), _current);
        var body = rows.Where(r => !r.IsHeader).ToList();
        for (var i = 0; i < body.Count; i++)
        {
            var cells = Cells(body[i]);

            // A pipe table has one row a line after its header and delimiter; Markdig misplaces rows starting "[Date]".
            var line = body[i].Line > table.Line ? body[i].Line + 1 : table.Line + 3 + i;
            _lines.Add(new ChecklistLine(line, LineKind.TableRow, "| " + string.Join(" | ", cells) + " |", _current, CellLinks(body[i]), null, model, cells));
        }
    }

    /// <summary>Pandoc's aligned tables, which Markdig left as paragraphs: their lines become a table's rows.</summary>
    public void AlignedTables(IReadOnlyList<AlignedTableReader.AlignedTable> tables)
    {
        foreach (var table in tables)
        {
            var paragraphs = _lines.Where(l => l.Kind == LineKind.Paragraph && (l.Line == table.HeaderLine || table.Rows.Any(r => r.Line == l.Line))).ToList();
            if (paragraphs.Count == 0)
            {
                continue; // inside a code fence or a list: not read as a table
            }

            var section = paragraphs[0].Section;
            var model = new ChecklistTable(table.HeaderLine, table.Header, section);
            _lines.RemoveAll(paragraphs.Contains);
            _lines.AddRange(table.Rows.Select(r => new ChecklistLine(r.Line, LineKind.TableRow, "| " + string.Join(" | ", r.Cells) + " |", section, [], null, model, r.Cells)));
        }

        _lines.Sort((a, b) => a.Line.CompareTo(b.Line));
    }

    /// <summary>Each top-level <c>key: value</c> line of the front matter is a line of its own ("passed_checks: 11").</summary>
    public void FrontMatter(LeafBlock frontMatter)
    {
        foreach (var line in frontMatter.Lines.Lines.Take(frontMatter.Lines.Count))
        {
            var text = line.Slice.ToString().TrimEnd();
            if (text.Length > 0 && !char.IsWhiteSpace(text[0]) && text.IndexOf(':', StringComparison.Ordinal) > 0)
            {
                _lines.Add(new ChecklistLine(line.Line + 1, LineKind.FrontMatter, text, _current, []));
            }
        }
    }

    public ChecklistDocument Build(int lineCount)
    {
        var open = new Stack<ChecklistSection>();
        foreach (var section in _sections)
        {
            while (open.Count > 0 && open.Peek().Level >= section.Level)
            {
                open.Pop().EndLine = section.Line - 1;
            }

            open.Push(section);
        }

        foreach (var section in open)
        {
            section.EndLine = lineCount;
        }

        _root.EndLine = lineCount;
        return new ChecklistDocument(_root.Title, _root, _items, _lines);
    }

    private static List<string> CellLinks(TableRow row) =>
        [.. row.OfType<TableCell>().SelectMany(cell => cell.OfType<ParagraphBlock>()).SelectMany(p => InlineText.Lines(p.Inline)).SelectMany(l => l.Links)];

    private static List<string> Cells(TableRow row) =>
        [.. row.OfType<TableCell>().Select(cell => string.Join(' ', cell.OfType<ParagraphBlock>()
            .SelectMany(p => InlineText.Lines(p.Inline)).Select(l => l.Text)).Trim())];
}
