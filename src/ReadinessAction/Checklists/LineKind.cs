namespace ReadinessAction.Checklists;

public enum LineKind
{
    Heading,
    Paragraph,
    ListItem,
    TaskItem,
    TableRow,
}
