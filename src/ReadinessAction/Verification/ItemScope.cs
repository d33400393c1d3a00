using ReadinessAction.Checklists;

namespace ReadinessAction.Verification;

/// <summary>The task items a completion or rollup claim is about, and how to name them in a sentence.</summary>
public sealed record ItemScope(string Description, IReadOnlyList<ChecklistItem> Items)
{
    public int Checked => Items.Count(i => i.IsChecked);

    public double Percent => Items.Count == 0 ? 0 : 100.0 * Checked / Items.Count;
}
