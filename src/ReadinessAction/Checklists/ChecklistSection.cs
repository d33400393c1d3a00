namespace ReadinessAction.Checklists;

/// <summary>A heading and everything under it until the next heading of the same or a higher level.</summary>
public sealed class ChecklistSection
{
    private readonly List<ChecklistSection> _children = [];
    private readonly List<ChecklistItem> _items = [];

    public ChecklistSection(string title, int level, int line, ChecklistSection? parent)
    {
        Title = title;
        Level = level;
        Line = line;
        Parent = parent;
    }

    /// <summary>Heading text, emphasis and a leading task box stripped; status markers kept.</summary>
    public string Title { get; }

    /// <summary>0 for the document root, 1-6 for headings.</summary>
    public int Level { get; }

    public int Line { get; }

    public ChecklistSection? Parent { get; }

    public IReadOnlyList<ChecklistSection> Children => _children;

    /// <summary>Items directly in this section (including heading items of child sections).</summary>
    public IReadOnlyList<ChecklistItem> Items => _items;

    /// <summary>Set when the heading itself is a task item (<c>### [ ] 1. Title</c>).</summary>
    public ChecklistItem? HeadingItem { get; internal set; }

    /// <summary>Line of the last line that belongs to this section (set once the document is parsed).</summary>
    public int EndLine { get; internal set; } = int.MaxValue;

    public IEnumerable<ChecklistSection> SelfAndAncestors()
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            yield return s;
        }
    }

    /// <summary>Every item in this section and its subsections, in document order.</summary>
    public IEnumerable<ChecklistItem> AllItems()
    {
        var found = new List<ChecklistItem>();
        var pending = new Stack<ChecklistSection>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var section = pending.Pop();
            found.AddRange(section._items);
            for (var i = section._children.Count - 1; i >= 0; i--)
            {
                pending.Push(section._children[i]);
            }
        }

        return found.OrderBy(i => i.Line);
    }

    public bool Contains(int line) => line >= Line && line <= EndLine;

    internal void AddChild(ChecklistSection child) => _children.Add(child);

    internal void AddItem(ChecklistItem item) => _items.Add(item);

    public override string ToString() => $"{new string('#', Level)} {Title} (line {Line})";
}
