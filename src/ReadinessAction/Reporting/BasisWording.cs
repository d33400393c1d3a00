namespace ReadinessAction.Reporting;

/// <summary>How a verdict's basis reads, so that the document's own arithmetic never reads as a CI result.</summary>
public static class BasisWording
{
    /// <summary>A claim "verified" on the checklist alone is shown as consistent within the document.</summary>
    public static bool IsConsistentOnly(string? status, string? basis) =>
        string.Equals(status, "verified", StringComparison.OrdinalIgnoreCase) && IsDocument(basis);

    /// <summary>"within the document: " before the evidence of a verdict on the checklist alone; empty for any other basis.</summary>
    public static string Prefix(string? basis) => IsDocument(basis) ? "within the document: " : "";

    private static bool IsDocument(string? basis) => string.Equals(basis, "document", StringComparison.OrdinalIgnoreCase);
}
