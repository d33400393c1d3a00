namespace ReadinessAction.Checklists;

/// <summary>A task item: <c>- [x] ...</c> in a list at any depth, or a heading <c>### [ ] 1. ...</c>.</summary>
/// <param name="Text">Plain text after the box, emphasis stripped, code spans kept in backticks.</param>
/// <param name="Section">The section the item belongs to (for a heading item, the section above the heading).</param>
/// <param name="Number">The item's own number when it reads "1. Title" (numbered heading items).</param>
public sealed record ChecklistItem(int Line, TaskState State, string Text, bool IsHeading, int? Number, ChecklistSection Section)
{
    public bool IsChecked => State == TaskState.Checked;

    public string SourceText => $"[{(IsChecked ? "x" : " ")}] {Text}";
}
