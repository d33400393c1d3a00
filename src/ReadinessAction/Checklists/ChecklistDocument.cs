namespace ReadinessAction.Checklists;

/// <summary>A parsed checklist: the section tree, every task item, every readable line. Passive; keeps source lines.</summary>
public sealed class ChecklistDocument
{
    public ChecklistDocument(string path, ChecklistSection root, IReadOnlyList<ChecklistItem> items, IReadOnlyList<ChecklistLine> lines)
    {
        Path = path;
        Root = root;
        Items = items;
        Lines = lines;
    }

    /// <summary>Workspace-relative path with forward slashes.</summary>
    public string Path { get; }

    /// <summary>A level-0 section holding the whole document.</summary>
    public ChecklistSection Root { get; }

    public IReadOnlyList<ChecklistItem> Items { get; }

    public IReadOnlyList<ChecklistLine> Lines { get; }

    /// <summary>The <c>&lt;!-- readiness: ignore --&gt;</c> markers, in document order.</summary>
    public IReadOnlyList<WaiverMarker> Waivers { get; internal set; } = [];

    private Dictionary<ChecklistLine, int>? _lineIndex;

    /// <summary>Where <paramref name="line"/> (this very object) sits in <see cref="Lines"/>, or -1: a table made on
    /// first use, so asking for every line costs linear time, not quadratic.</summary>
    public int IndexOf(ChecklistLine line)
    {
        if (_lineIndex is null)
        {
            var index = new Dictionary<ChecklistLine, int>(Lines.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < Lines.Count; i++)
            {
                index.TryAdd(Lines[i], i);
            }

            _lineIndex = index;
        }

        return _lineIndex.TryGetValue(line, out var at) ? at : -1;
    }

    public IEnumerable<ChecklistSection> AllSections()
    {
        var pending = new Stack<ChecklistSection>();
        pending.Push(Root);
        while (pending.Count > 0)
        {
            var section = pending.Pop();
            yield return section;
            for (var i = section.Children.Count - 1; i >= 0; i--)
            {
                pending.Push(section.Children[i]);
            }
        }
    }
}
