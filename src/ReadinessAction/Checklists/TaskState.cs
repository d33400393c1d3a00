namespace ReadinessAction.Checklists;

public enum TaskState
{
    Unchecked,
    Checked,
}
