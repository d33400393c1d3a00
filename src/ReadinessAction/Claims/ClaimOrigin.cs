namespace ReadinessAction.Claims;

/// <summary>Where in the document a claim was written.</summary>
public enum ClaimOrigin
{
    TaskItem,
    Heading,
    StatusLine,
    ListLine,
    TableRow,
    FrontMatter,
}
