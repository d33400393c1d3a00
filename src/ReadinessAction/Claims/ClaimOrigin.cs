namespace ReadinessAction.Claims;

/// <summary>Where in the document a claim was written.</summary>
public enum ClaimOrigin
{
    TaskItem,
    Heading,
    StatusLine,
    ListLine,
    TableRow,

    /// <summary>A plain list line or a paragraph line without a box or a status marker.</summary>
    ProseLine,

    /// <summary>A top-level key of YAML front matter, on its own line.</summary>
    FrontMatter,
}
