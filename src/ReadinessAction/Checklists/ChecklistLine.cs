namespace ReadinessAction.Checklists;

/// <summary>One line of readable text in document order (code fences excluded), with where it sits.</summary>
/// <param name="Links">Relative link targets on the line (<c>[runbook](docs/runbook.md)</c>).</param>
/// <param name="Item">The task item when the line is one (list or heading).</param>
/// <param name="Table">The table when the line is a table row; Cells holds the row's cells.</param>
public sealed record ChecklistLine(
    int Line,
    LineKind Kind,
    string Text,
    ChecklistSection Section,
    IReadOnlyList<string> Links,
    ChecklistItem? Item = null,
    ChecklistTable? Table = null,
    IReadOnlyList<string>? Cells = null);
