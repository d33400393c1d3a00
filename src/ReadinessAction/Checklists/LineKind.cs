namespace ReadinessAction.Checklists;

public enum LineKind
{
    Heading,
    Paragraph,
    ListItem,
    TaskItem,
    TableRow,

    /// <summary>A <c>key: value</c> line of the YAML front matter: metadata, not a heading.</summary>
    FrontMatter,
}
