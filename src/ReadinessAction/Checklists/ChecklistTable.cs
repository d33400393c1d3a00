namespace ReadinessAction.Checklists;

/// <summary>A pipe table: its header cells and its body rows (each row is also a <see cref="ChecklistLine"/>).</summary>
public sealed record ChecklistTable(int Line, IReadOnlyList<string> Header, ChecklistSection Section)
{
    public int ColumnOf(params string[] names) =>
        Header.ToList().FindIndex(h => names.Any(n => h.Contains(n, StringComparison.OrdinalIgnoreCase)));
}
